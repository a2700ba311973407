package io.vitrina.user.serviceclient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.testing.InMemoryLoginAttemptsRepository;
import io.vitrina.user.testing.Keys;
import io.vitrina.user.token.domain.IssuedAccessToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCredentialsGrantTest {

  private static final String SECRET = "k3y-Of-order-service-0123";
  private static final String ADDRESS = "10.128.0.17";

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
  private final InMemoryLoginAttemptsRepository attempts = new InMemoryLoginAttemptsRepository();
  private ClientCredentialsGrant grant;

  @TempDir Path directory;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(directory.resolve("order-service"), SECRET);
    NoMetrics metrics = new NoMetrics();
    ClientAuthenticationThrottle throttle = new ClientAuthenticationThrottle();
    throttle.attempts = attempts;
    throttle.metrics = metrics;
    throttle.clock = clock;
    throttle.maxFailures = 3;
    throttle.lockout = Duration.ofMinutes(1);
    grant = new ClientCredentialsGrant();
    grant.directory = Optional.of(directory.toString());
    grant.tokenTtl = Duration.ofSeconds(300);
    grant.throttle = throttle;
    grant.signer = Keys.signer(clock);
    grant.metrics = metrics;
    grant.init();
  }

  @Test
  void shouldIssueAServiceTokenWithoutUserClaims() throws Exception {
    ServiceClient client = grant.authenticate("order-service", List.of(SECRET), ADDRESS);
    IssuedAccessToken issued = grant.issue(client, ADDRESS);

    JWTClaimsSet claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
    assertEquals("order-service", claims.getSubject());
    assertEquals("order-service", claims.getStringClaim("upn"));
    assertEquals(List.of("service"), claims.getStringListClaim("groups"));
    assertEquals(null, claims.getClaim("sid"));
    assertEquals(issued.id(), claims.getJWTID());
    assertEquals(clock.instant().plusSeconds(300), issued.expiresAt());
    assertEquals(issued.expiresAt(), claims.getExpirationTime().toInstant());
  }

  @Test
  void shouldRefuseAWrongSecretAndAnUnknownClientAlike() {
    InvalidClientException wrong =
        assertThrows(
            InvalidClientException.class,
            () -> grant.authenticate("order-service", List.of("not-the-secret-at-all"), ADDRESS));
    InvalidClientException unknown =
        assertThrows(
            InvalidClientException.class,
            () -> grant.authenticate("nobody-service", List.of(SECRET), ADDRESS));
    InvalidClientException malformed =
        assertThrows(
            InvalidClientException.class,
            () -> grant.authenticate("Not A Client", List.of(SECRET), ADDRESS));
    assertEquals(wrong.toProblem(), unknown.toProblem());
    assertEquals(wrong.toProblem(), malformed.toProblem());
    assertEquals(InvalidClientException.CHALLENGE, wrong.headers().get("WWW-Authenticate"));
  }

  @Test
  void shouldLockAClientOutForThatAddressOnlyAfterRepeatedFailures() {
    for (int i = 0; i < 3; i++) {
      assertThrows(
          InvalidClientException.class,
          () -> grant.authenticate("order-service", List.of("a-wrong-guess-of-it"), ADDRESS));
    }
    ClientLockedOutException locked =
        assertThrows(
            ClientLockedOutException.class,
            () -> grant.authenticate("order-service", List.of(SECRET), ADDRESS));
    assertEquals("60", locked.headers().get("Retry-After"));

    // The real order-service, calling from its own address, is not locked out by the guesser.
    grant.authenticate("order-service", List.of(SECRET), "10.128.0.99");
  }

  @Test
  void shouldThrottleAnUnknownClientLikeAKnownOne() {
    for (int i = 0; i < 3; i++) {
      assertThrows(
          InvalidClientException.class,
          () -> grant.authenticate("nobody-service", List.of(SECRET), ADDRESS));
    }
    assertThrows(
        ClientLockedOutException.class,
        () -> grant.authenticate("nobody-service", List.of(SECRET), ADDRESS));
  }

  @Test
  void shouldLetTheRightSecretInAgainAfterTheLockout() {
    for (int i = 0; i < 3; i++) {
      assertThrows(
          InvalidClientException.class,
          () -> grant.authenticate("order-service", List.of("not-the-secret-at-all"), ADDRESS));
    }
    clock.advance(Duration.ofMinutes(1));
    grant.authenticate("order-service", List.of(SECRET), ADDRESS);
  }

  @Test
  void shouldForgetFailuresAfterASuccess() {
    for (int i = 0; i < 2; i++) {
      assertThrows(
          InvalidClientException.class,
          () -> grant.authenticate("order-service", List.of("not-the-secret-at-all"), ADDRESS));
    }
    grant.authenticate("order-service", List.of(SECRET), ADDRESS);
    assertFalse(
        attempts.attempts.containsKey(ClientAuthenticationThrottle.key("order-service", ADDRESS)));
  }

  @Test
  void shouldRefuseEveryoneWithoutAClientsDirectory() {
    grant.directory = Optional.empty();
    grant.init();
    assertThrows(
        InvalidClientException.class,
        () -> grant.authenticate("order-service", List.of(SECRET), ADDRESS));
  }

  /** Metrics are the registry's business; here they count nothing. */
  static final class NoMetrics extends ServiceClientMetrics {
    @Override
    public void issued() {}

    @Override
    public void refused() {}

    @Override
    public void throttled() {}

    @Override
    public void lockedOut() {}
  }
}
