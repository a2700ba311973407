/**
 * The order events on the {@code vitrina.orders} topic ({@code jms/orderEvents}), as CloudEvents in
 * the transaction of the change; their data records are the contract of docs/events.md.
 */
package io.vitrina.order.order.messaging;
