package io.vitrina.user.auth.domain;

import java.time.Instant;

/**
 * What a login or refresh hands the client: an access token and the family's next refresh token.
 */
public record SessionTokens(
    String sessionId,
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    Instant refreshTokenExpiresAt) {}
