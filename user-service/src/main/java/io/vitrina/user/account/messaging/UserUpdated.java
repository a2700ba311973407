package io.vitrina.user.account.messaging;

import java.util.List;

/**
 * Data of {@code user.updated}: the state other services mirror, and which fields changed. The full
 * name, phone and addresses are not carried: no other service needs them.
 */
public record UserUpdated(
    String userId,
    List<String> changed,
    String email,
    String displayName,
    List<String> roles,
    String status) {}
