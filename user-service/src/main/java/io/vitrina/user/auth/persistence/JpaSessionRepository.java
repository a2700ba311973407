package io.vitrina.user.auth.persistence;

import io.vitrina.user.auth.domain.RefreshToken;
import io.vitrina.user.auth.domain.Session;
import io.vitrina.user.auth.domain.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in {@code sessions}, tokens in {@code refresh_tokens}; deleting a session deletes its
 * tokens through the foreign key's {@code ON DELETE CASCADE}.
 */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Session session) {
    em.persist(session);
  }

  @Override
  public void addToken(RefreshToken token) {
    em.persist(token);
  }

  @Override
  public Optional<RefreshToken> findTokenForUpdate(String tokenHash) {
    return Optional.ofNullable(
        em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return Optional.ofNullable(em.find(Session.class, sessionId));
  }

  @Override
  public List<Session> listActive(String userId, Instant now) {
    return em.createNamedQuery("Session.listActive", Session.class)
        .setParameter("userId", userId)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public void remove(Session session) {
    em.remove(em.contains(session) ? session : em.merge(session));
  }

  @Override
  public void removeAll(String userId) {
    em.createNamedQuery("Session.removeAll").setParameter("userId", userId).executeUpdate();
  }

  @Override
  public void removeAllExcept(String userId, String keptSessionId) {
    em.createNamedQuery("Session.removeAllExcept")
        .setParameter("userId", userId)
        .setParameter("keptId", keptSessionId)
        .executeUpdate();
  }

  @Override
  public int removeExpired(Instant now) {
    // The refresh_tokens rows go with their session by the foreign key's ON DELETE CASCADE.
    return em.createNamedQuery("Session.removeExpired").setParameter("now", now).executeUpdate();
  }
}
