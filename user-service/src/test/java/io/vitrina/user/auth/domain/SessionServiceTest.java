package io.vitrina.user.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.account.domain.AccountStatus;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.testing.InMemorySessionRepository;
import io.vitrina.user.testing.InMemoryUserRepository;
import io.vitrina.user.testing.Keys;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
  private final InMemorySessionRepository repository = new InMemorySessionRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final ClientInfo client = new ClientInfo("JUnit", "192.0.2.1");
  private SessionService sessions;
  private User user;

  @BeforeEach
  void setUp() {
    sessions = new SessionService();
    sessions.sessions = repository;
    sessions.users = users;
    sessions.clock = clock;
    sessions.signer = Keys.signer(clock);
    sessions.refreshTokenTtl = Duration.ofDays(30);
    user = User.register("ana@example.com", "hash", "Ana", Set.of(Role.CUSTOMER), clock.instant());
    users.add(user);
  }

  @Test
  void shouldIssueATokenCarryingTheSessionId() throws Exception {
    SessionTokens tokens = sessions.open(user, client);
    SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
    assertEquals(tokens.sessionId(), jwt.getJWTClaimsSet().getStringClaim("sid"));
    assertEquals(clock.instant().plus(Duration.ofDays(30)), tokens.refreshTokenExpiresAt());
  }

  @Test
  void shouldRotateTheRefreshTokenOnEachUse() {
    SessionTokens first = sessions.open(user, client);
    clock.advance(Duration.ofMinutes(20));

    SessionTokens second = sessions.refresh(first.refreshToken(), client);
    SessionTokens third = sessions.refresh(second.refreshToken(), client);

    assertNotEquals(first.refreshToken(), second.refreshToken());
    assertNotEquals(second.refreshToken(), third.refreshToken());
    assertEquals(first.sessionId(), third.sessionId());
    assertEquals(clock.instant(), repository.find(first.sessionId()).orElseThrow().lastUsedAt());
  }

  @Test
  void shouldRevokeFamilyWhenOldRefreshTokenIsReused() {
    SessionTokens first = sessions.open(user, client);
    SessionTokens rotated = sessions.refresh(first.refreshToken(), client);

    assertThrows(
        InvalidRefreshTokenException.class, () -> sessions.refresh(first.refreshToken(), client));

    // The newer token, in the legitimate holder's hands, died with its family.
    assertThrows(
        InvalidRefreshTokenException.class, () -> sessions.refresh(rotated.refreshToken(), client));
    assertTrue(repository.find(first.sessionId()).isEmpty());
    assertEquals(0, repository.tokenCount());
  }

  @Test
  void shouldNotTouchOtherFamiliesWhenOneIsRevokedForReuse() {
    SessionTokens phone = sessions.open(user, client);
    SessionTokens laptop = sessions.open(user, client);
    sessions.refresh(phone.refreshToken(), client);
    assertThrows(
        InvalidRefreshTokenException.class, () -> sessions.refresh(phone.refreshToken(), client));

    sessions.refresh(laptop.refreshToken(), client);
  }

  @Test
  void shouldRefuseAnUnknownRefreshToken() {
    assertThrows(
        InvalidRefreshTokenException.class,
        () -> sessions.refresh(RefreshTokens.generate(), client));
  }

  @Test
  void shouldEndTheFamilyWhenItsLifetimeIsOverHoweverOftenRefreshed() {
    SessionTokens tokens = sessions.open(user, client);
    for (int day = 0; day < 29; day++) {
      clock.advance(Duration.ofDays(1));
      tokens = sessions.refresh(tokens.refreshToken(), client);
    }
    clock.advance(Duration.ofDays(1));
    String last = tokens.refreshToken();
    assertThrows(InvalidRefreshTokenException.class, () -> sessions.refresh(last, client));
  }

  @Test
  void shouldRefuseRefreshForADisabledAccountAndEndTheSession() {
    SessionTokens tokens = sessions.open(user, client);
    user.changeStatus(AccountStatus.DISABLED, clock.instant());
    assertThrows(
        InvalidRefreshTokenException.class, () -> sessions.refresh(tokens.refreshToken(), client));
    assertTrue(repository.find(tokens.sessionId()).isEmpty());
  }

  @Test
  void shouldCarryRolesAssignedSinceLoginInTheRefreshedToken() throws Exception {
    SessionTokens tokens = sessions.open(user, client);
    user.assignRoles(Set.of(Role.CUSTOMER, Role.SUPPORT_AGENT), clock.instant());
    SessionTokens refreshed = sessions.refresh(tokens.refreshToken(), client);
    assertEquals(
        java.util.List.of("customer", "support-agent"),
        SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getStringListClaim("groups"));
  }

  @Test
  void shouldNotRevokeSomeoneElsesSession() {
    SessionTokens victim = sessions.open(user, client);
    assertEquals(false, sessions.revoke("someone-else", victim.sessionId()));
    sessions.logout("someone-else", victim.refreshToken());
    sessions.refresh(victim.refreshToken(), client);
  }

  @Test
  void shouldKeepOnlyTheCurrentSessionWhenRevokingOthers() {
    SessionTokens current = sessions.open(user, client);
    SessionTokens other = sessions.open(user, client);
    sessions.revokeAllExcept(user.id(), Optional.of(current.sessionId()));
    assertEquals(1, sessions.list(user.id()).size());
    assertThrows(
        InvalidRefreshTokenException.class, () -> sessions.refresh(other.refreshToken(), client));
  }
}
