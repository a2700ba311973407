package io.vitrina.platform.deadletter;

import java.time.Instant;

/**
 * A message on the dead-letter address, as read from it.
 *
 * @param id the message's id on the dead-letter address (its JMSMessageID without {@code ID:})
 * @param originalAddress the address it was first sent to, e.g. {@code vitrina.orders}
 * @param originalQueue the queue that gave up on it, e.g. a subscription {@code catalog-service}
 * @param eventType the CloudEvent type, when it is an event
 * @param eventId the CloudEvent id, when it is an event
 * @param sentAt when it was first sent
 * @param replays how many times it was replayed from the dead-letter address already
 * @param body its text, cut to {@link DeadLetters#MAX_BODY} characters
 * @param truncated whether the body was cut
 */
public record DeadLetter(
    String id,
    String originalAddress,
    String originalQueue,
    String eventType,
    String eventId,
    Instant sentAt,
    int replays,
    String body,
    boolean truncated) {}
