/**
 * Domain events as CloudEvents over JMS: a JSON {@code TextMessage} body with the CloudEvents
 * attributes as {@code ce_*} message properties (the JMS protocol binding), so that an external
 * integrator can subscribe with any JMS client and none of our code. Each service defines its own
 * event types and a port of its own in front of {@link
 * io.vitrina.platform.events.CloudEventPublisher}.
 *
 * <p>The consuming side is shared the same way: a service's message-driven bean calls {@link
 * io.vitrina.platform.events.CloudEventConsumer} (trace, ignore other types, rethrow to roll back),
 * reads the event with {@link io.vitrina.platform.events.EventMessages} into its own event type,
 * and applies it with its mark in {@link io.vitrina.platform.events.ProcessedEvents} (the service's
 * own {@code processed_events} table, created by its own migrations). The beans here are inert in a
 * service that consumes nothing.
 */
package io.vitrina.platform.events;
