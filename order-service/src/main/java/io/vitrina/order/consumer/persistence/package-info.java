/**
 * Processed event ids and approved returns, in {@code processed_events} and {@code order_returns}.
 */
package io.vitrina.order.consumer.persistence;
