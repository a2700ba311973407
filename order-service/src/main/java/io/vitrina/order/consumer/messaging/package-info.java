/**
 * Message-driven beans on shared durable subscriptions, {@code order-service-support} of {@code
 * vitrina.support} (return.approved) and {@code order-service-users} of {@code vitrina.users}
 * (user.deleted), and the parsing of their events.
 */
package io.vitrina.order.consumer.messaging;
