package io.vitrina.user.auth.domain;

import java.time.Instant;
import java.util.Optional;

/** Where failed-login counts are kept. */
public interface LoginAttemptsRepository {

  Optional<LoginAttempts> find(String emailHash);

  /** The record for an email, created if missing, locked until the transaction ends. */
  LoginAttempts lockOrCreate(String emailHash);

  /** Forgets an email's failures, after a successful login. */
  void clear(String emailHash);

  /**
   * Forgets the records that no longer lock anything out and whose counting window started before
   * {@code windowStart}; how many.
   */
  int removeStale(Instant now, Instant windowStart);
}
