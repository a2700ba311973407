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
}
