/**
 * Domain events as CloudEvents over JMS: a JSON {@code TextMessage} body with the CloudEvents
 * attributes as {@code ce_*} message properties (the JMS protocol binding), so that an external
 * integrator can subscribe with any JMS client and none of our code. Each service defines its own
 * event types and a port of its own in front of {@link
 * io.vitrina.platform.events.CloudEventPublisher}.
 */
package io.vitrina.platform.events;
