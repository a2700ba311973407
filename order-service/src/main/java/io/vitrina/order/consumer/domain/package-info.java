/**
 * What order-service does with other services' events: an approved return is refunded and its units
 * restocked; a deleted account loses its cart and the personal parts of its orders' shipping
 * addresses. Each event has its effect once, deduplicated by its CloudEvents id.
 */
package io.vitrina.order.consumer.domain;
