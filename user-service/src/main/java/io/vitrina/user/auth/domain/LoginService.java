package io.vitrina.user.auth.domain;

import io.vitrina.user.account.domain.EmailAddress;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.credential.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Password login. Unknown email, wrong password and disabled account fail alike, in the same time
 * (one PBKDF2 verification each) and with the same answer, and each counts towards the email's
 * lockout.
 */
@ApplicationScoped
public class LoginService {

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject LoginThrottle throttle;
  @Inject SessionService sessions;
  @Inject AuthMetrics metrics;

  /**
   * Logs in and opens a session. The failure counts are committed even though the call fails: that
   * is the point of counting them.
   *
   * @throws TooManyAttemptsException while the email is locked out
   * @throws InvalidCredentialsException for any other failure
   */
  @Transactional(
      dontRollbackOn = {InvalidCredentialsException.class, TooManyAttemptsException.class})
  public SessionTokens login(String email, String password, ClientInfo client) {
    long started = System.nanoTime();
    try {
      return checkAndOpen(email, password, client);
    } finally {
      metrics.loginTook(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private SessionTokens checkAndOpen(String email, String password, ClientInfo client) {
    String normalized = EmailAddress.normalize(email);
    try {
      throttle.check(normalized);
    } catch (TooManyAttemptsException locked) {
      metrics.loginFailed();
      throw locked;
    }
    Optional<User> user = users.findByEmail(normalized);
    boolean verified;
    if (user.isPresent()) {
      verified = hasher.verify(password, user.get().passwordHash());
    } else {
      hasher.verifyNothing(password);
      verified = false;
    }
    if (!verified || !user.get().isActive()) {
      throttle.recordFailure(normalized);
      metrics.loginFailed();
      throw new InvalidCredentialsException();
    }
    throttle.recordSuccess(normalized);
    metrics.loginSucceeded();
    return sessions.open(user.get(), client);
  }

  /** See {@link SessionService#refresh}. */
  public SessionTokens refresh(String refreshToken, ClientInfo client) {
    SessionTokens tokens = sessions.refresh(refreshToken, client);
    metrics.tokenRefreshed();
    return tokens;
  }
}
