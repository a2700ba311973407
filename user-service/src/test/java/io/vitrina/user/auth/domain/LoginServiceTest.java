package io.vitrina.user.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.account.domain.AccountStatus;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.testing.FakePasswordHasher;
import io.vitrina.user.testing.InMemoryLoginAttemptsRepository;
import io.vitrina.user.testing.InMemorySessionRepository;
import io.vitrina.user.testing.InMemoryUserRepository;
import io.vitrina.user.testing.Keys;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

  private static final String PASSWORD = "Correct-Horse-9-Battery";
  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final ClientInfo client = new ClientInfo("JUnit", "192.0.2.1");
  private LoginService logins;
  private User ana;

  @BeforeEach
  void setUp() {
    NoMetrics metrics = new NoMetrics();
    LoginThrottle throttle = new LoginThrottle();
    throttle.attempts = new InMemoryLoginAttemptsRepository();
    throttle.metrics = metrics;
    throttle.clock = clock;
    throttle.maxFailures = 5;
    throttle.lockout = Duration.ofMinutes(15);
    SessionService sessions = new SessionService();
    sessions.sessions = new InMemorySessionRepository();
    sessions.users = users;
    sessions.clock = clock;
    sessions.signer = Keys.signer(clock);
    sessions.refreshTokenTtl = Duration.ofDays(30);
    logins = new LoginService();
    logins.users = users;
    logins.hasher = hasher;
    logins.throttle = throttle;
    logins.sessions = sessions;
    logins.metrics = metrics;
    ana =
        User.register(
            "ana@example.com",
            hasher.hash(PASSWORD),
            "Ana",
            Set.of(Role.CUSTOMER),
            clock.instant());
    users.add(ana);
  }

  @Test
  void shouldLogInWithTheEmailInAnyCase() {
    SessionTokens tokens = logins.login(" ANA@example.com", PASSWORD, client);
    assertTrue(tokens.accessToken().split("\\.").length == 3);
  }

  @Test
  void shouldSpendOneVerificationOnAnUnknownEmailLikeOnAWrongPassword() {
    assertThrows(
        InvalidCredentialsException.class,
        () -> logins.login("ana@example.com", "Wrong-password-123", client));
    int forWrongPassword = hasher.verifications;
    assertThrows(
        InvalidCredentialsException.class,
        () -> logins.login("nobody@example.com", "Wrong-password-123", client));
    assertEquals(forWrongPassword, hasher.verifications - forWrongPassword);
  }

  @Test
  void shouldRefuseADisabledAccountLikeAWrongPassword() {
    ana.changeStatus(AccountStatus.DISABLED, clock.instant());
    InvalidCredentialsException disabled =
        assertThrows(
            InvalidCredentialsException.class,
            () -> logins.login("ana@example.com", PASSWORD, client));
    InvalidCredentialsException wrong =
        assertThrows(
            InvalidCredentialsException.class,
            () -> logins.login("ana@example.com", "Wrong-password-123", client));
    assertEquals(wrong.toProblem(), disabled.toProblem());
  }

  @Test
  void shouldThrottleAnUnknownEmailLikeAKnownOne() {
    for (String email : new String[] {"ana@example.com", "nobody@example.com"}) {
      for (int i = 0; i < 5; i++) {
        assertThrows(
            InvalidCredentialsException.class,
            () -> logins.login(email, "Wrong-password-123", client));
      }
      TooManyAttemptsException locked =
          assertThrows(TooManyAttemptsException.class, () -> logins.login(email, PASSWORD, client));
      assertEquals("900", locked.headers().get("Retry-After"));
    }
  }

  @Test
  void shouldLetTheRightPasswordInAgainAfterTheLockout() {
    for (int i = 0; i < 5; i++) {
      assertThrows(
          InvalidCredentialsException.class,
          () -> logins.login("ana@example.com", "Wrong-password-123", client));
    }
    clock.advance(Duration.ofMinutes(15));
    logins.login("ana@example.com", PASSWORD, client);
  }

  @Test
  void shouldForgetFailuresAfterASuccessfulLogin() {
    for (int i = 0; i < 4; i++) {
      assertThrows(
          InvalidCredentialsException.class,
          () -> logins.login("ana@example.com", "Wrong-password-123", client));
    }
    logins.login("ana@example.com", PASSWORD, client);
    for (int i = 0; i < 4; i++) {
      assertThrows(
          InvalidCredentialsException.class,
          () -> logins.login("ana@example.com", "Wrong-password-123", client));
    }
    logins.login("ana@example.com", PASSWORD, client);
  }

  /** Metrics are the registry's business; here they count nothing. */
  static final class NoMetrics extends AuthMetrics {
    @Override
    public void registered() {}

    @Override
    public void loginSucceeded() {}

    @Override
    public void loginFailed() {}

    @Override
    public void lockedOut() {}

    @Override
    public void loginTook(java.time.Duration duration) {}

    @Override
    public void tokenRefreshed() {}
  }
}
