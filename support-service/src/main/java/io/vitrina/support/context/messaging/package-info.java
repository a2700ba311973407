/**
 * Message-driven beans on shared durable subscriptions {@code support-service-users} of {@code
 * vitrina.users} and {@code support-service-orders} of {@code vitrina.orders}, and the parsing of
 * their events.
 */
package io.vitrina.support.context.messaging;
