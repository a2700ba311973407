package io.vitrina.user.testing;

import io.vitrina.user.auth.domain.RefreshToken;
import io.vitrina.user.auth.domain.Session;
import io.vitrina.user.auth.domain.SessionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions and tokens in maps; removing a session removes its tokens, like the foreign key. */
public final class InMemorySessionRepository implements SessionRepository {

  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, RefreshToken> tokens = new HashMap<>();

  @Override
  public void add(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public void addToken(RefreshToken token) {
    tokens.put(token.tokenHash(), token);
  }

  @Override
  public Optional<RefreshToken> findTokenForUpdate(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return Optional.ofNullable(sessions.get(sessionId));
  }

  @Override
  public List<Session> listActive(String userId, Instant now) {
    return sessions.values().stream()
        .filter(s -> s.userId().equals(userId) && !s.isExpired(now))
        .sorted(Comparator.comparing(Session::lastUsedAt).reversed())
        .toList();
  }

  @Override
  public void remove(Session session) {
    sessions.remove(session.id());
    tokens.values().removeIf(t -> t.session().id().equals(session.id()));
  }

  @Override
  public void removeAll(String userId) {
    List.copyOf(sessions.values()).stream()
        .filter(s -> s.userId().equals(userId))
        .forEach(this::remove);
  }

  @Override
  public void removeAllExcept(String userId, String keptSessionId) {
    List.copyOf(sessions.values()).stream()
        .filter(s -> s.userId().equals(userId) && !s.id().equals(keptSessionId))
        .forEach(this::remove);
  }

  @Override
  public int removeExpired(Instant now) {
    List<Session> expired = sessions.values().stream().filter(s -> s.isExpired(now)).toList();
    expired.forEach(this::remove);
    return expired.size();
  }

  public int sessionCount() {
    return sessions.size();
  }

  public int tokenCount() {
    return tokens.size();
  }
}
