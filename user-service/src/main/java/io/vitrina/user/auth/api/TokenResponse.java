package io.vitrina.user.auth.api;

import io.vitrina.user.auth.domain.SessionTokens;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tokens for a session, OAuth-style. */
@Schema(name = "TokenResponse")
public record TokenResponse(
    @Schema(example = "Bearer") String tokenType,
    @Schema(description = "RS256 JWT for the Authorization header") String accessToken,
    @Schema(description = "Seconds until the access token expires") long expiresIn,
    @Schema(description = "Opaque; single use: each refresh returns the next one")
        String refreshToken,
    @Schema(description = "Seconds until the session ends, refreshes or not") long refreshExpiresIn,
    String sessionId) {

  static TokenResponse of(SessionTokens tokens, Clock clock) {
    return new TokenResponse(
        "Bearer",
        tokens.accessToken(),
        Duration.between(clock.instant(), tokens.accessTokenExpiresAt()).toSeconds(),
        tokens.refreshToken(),
        Duration.between(clock.instant(), tokens.refreshTokenExpiresAt()).toSeconds(),
        tokens.sessionId());
  }
}
