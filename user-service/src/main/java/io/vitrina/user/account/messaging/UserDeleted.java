package io.vitrina.user.account.messaging;

import java.time.Instant;

/** Data of {@code user.deleted}: other services anonymise what they hold of the user. */
public record UserDeleted(String userId, Instant deletedAt) {}
