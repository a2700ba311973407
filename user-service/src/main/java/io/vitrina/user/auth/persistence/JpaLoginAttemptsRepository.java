package io.vitrina.user.auth.persistence;

import io.vitrina.user.auth.domain.LoginAttempts;
import io.vitrina.user.auth.domain.LoginAttemptsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Failed-login counts in {@code login_throttle}. */
@ApplicationScoped
public class JpaLoginAttemptsRepository implements LoginAttemptsRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public Optional<LoginAttempts> find(String emailHash) {
    return Optional.ofNullable(em.find(LoginAttempts.class, emailHash));
  }

  @Override
  public LoginAttempts lockOrCreate(String emailHash) {
    // INSERT IGNORE: two first failures for one email at once must not collide on the key.
    em.createNamedQuery("LoginAttempts.insertIfAbsent").setParameter(1, emailHash).executeUpdate();
    LoginAttempts attempts = em.find(LoginAttempts.class, emailHash);
    em.refresh(attempts, LockModeType.PESSIMISTIC_WRITE);
    return attempts;
  }

  @Override
  public void clear(String emailHash) {
    em.createNamedQuery("LoginAttempts.clear").setParameter("emailHash", emailHash).executeUpdate();
  }

  @Override
  public int removeStale(Instant now, Instant windowStart) {
    return em.createNamedQuery("LoginAttempts.removeStale")
        .setParameter("now", now)
        .setParameter("windowStart", windowStart)
        .executeUpdate();
  }
}
