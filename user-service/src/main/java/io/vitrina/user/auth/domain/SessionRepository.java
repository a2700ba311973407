package io.vitrina.user.auth.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions and their refresh tokens are kept. Implementations join the caller's transaction.
 */
public interface SessionRepository {

  void add(Session session);

  void addToken(RefreshToken token);

  /**
   * A token by hash, locked until the transaction ends: two concurrent refreshes with one token
   * must not both rotate it.
   */
  Optional<RefreshToken> findTokenForUpdate(String tokenHash);

  Optional<Session> find(String sessionId);

  List<Session> listActive(String userId, Instant now);

  /** Ends a session, with its tokens. */
  void remove(Session session);

  void removeAll(String userId);

  void removeAllExcept(String userId, String keptSessionId);

  /** Deletes the sessions that expired by then, with their tokens; how many. */
  int removeExpired(Instant now);
}
