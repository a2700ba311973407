package io.vitrina.user.testing;

import io.vitrina.user.auth.domain.LoginAttempts;
import io.vitrina.user.auth.domain.LoginAttemptsRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failed-login counts in a map. */
public final class InMemoryLoginAttemptsRepository implements LoginAttemptsRepository {

  public final Map<String, LoginAttempts> attempts = new HashMap<>();

  @Override
  public Optional<LoginAttempts> find(String emailHash) {
    return Optional.ofNullable(attempts.get(emailHash));
  }

  @Override
  public LoginAttempts lockOrCreate(String emailHash) {
    return attempts.computeIfAbsent(emailHash, LoginAttempts::new);
  }

  @Override
  public void clear(String emailHash) {
    attempts.remove(emailHash);
  }

  @Override
  public int removeStale(java.time.Instant now, java.time.Instant windowStart) {
    int before = attempts.size();
    attempts.values().removeIf(a -> a.isStale(now, windowStart));
    return before - attempts.size();
  }
}
