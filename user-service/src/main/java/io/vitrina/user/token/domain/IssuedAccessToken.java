package io.vitrina.user.token.domain;

import java.time.Instant;

/** A signed access token and when it expires. */
public record IssuedAccessToken(String token, Instant expiresAt) {}
