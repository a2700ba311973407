package io.vitrina.user.account.messaging;

import java.time.Instant;

/** Data of {@code user.registered}. */
public record UserRegistered(
    String userId, String email, String displayName, Instant registeredAt) {}
