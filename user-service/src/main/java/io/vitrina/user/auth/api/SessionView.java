package io.vitrina.user.auth.api;

import io.vitrina.user.auth.domain.Session;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's sessions. */
@Schema(name = "Session")
public record SessionView(
    String id,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    String userAgent,
    String clientIp,
    @Schema(description = "Whether the calling access token belongs to this session")
        boolean current) {

  public static SessionView of(Session session, Optional<String> currentSessionId) {
    return new SessionView(
        session.id(),
        session.createdAt(),
        session.lastUsedAt(),
        session.expiresAt(),
        session.userAgent(),
        session.clientIp(),
        currentSessionId.filter(session.id()::equals).isPresent());
  }
}
