package io.vitrina.user.token.domain;

import java.time.Instant;

/**
 * A signed access token, when it expires, and its {@code jti}, which audit records name it by (the
 * token itself is a credential and is never logged).
 */
public record IssuedAccessToken(String token, Instant expiresAt, String id) {}
