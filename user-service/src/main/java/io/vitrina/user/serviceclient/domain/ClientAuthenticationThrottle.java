package io.vitrina.user.serviceclient.domain;

import io.vitrina.user.auth.domain.LoginAttempts;
import io.vitrina.user.auth.domain.LoginAttemptsRepository;
import io.vitrina.user.auth.domain.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed client authentications and refuses attempts while locked out, with the login
 * throttle's records (the {@code login_throttle} table, shared by every replica) under a key of
 * their own: the SHA-256 of the client id and the caller's address.
 *
 * <p>Keyed by address as well as id, unlike logins: a lockout by client id alone would let anyone
 * who can reach the endpoint lock order-service out of its tokens with a few wrong secrets. The
 * defaults are gentler than the login ones for the same reason a caller with a stale secret after a
 * rotation should recover quickly; the secrets are random and long, so guessing them is hopeless
 * either way and the throttle only bounds the noise. The lockout should not exceed {@code
 * vitrina.login.lockout}, the window after which housekeeping forgets records that lock nothing.
 *
 * <p>Joins the caller's transaction; the caller must not roll back on the failures it records.
 */
@ApplicationScoped
public class ClientAuthenticationThrottle {

  @Inject LoginAttemptsRepository attempts;
  @Inject ServiceClientMetrics metrics;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.service-clients.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "vitrina.service-clients.lockout", defaultValue = "PT1M")
  Duration lockout;

  /**
   * @throws ClientLockedOutException while the client id is locked out for this address
   */
  public void check(String clientId, String address) {
    attempts
        .find(key(clientId, address))
        .flatMap(a -> a.lockedFor(clock.instant()))
        .ifPresent(
            remaining -> {
              throw new ClientLockedOutException(remaining);
            });
  }

  public void recordFailure(String clientId, String address) {
    LoginAttempts record = attempts.lockOrCreate(key(clientId, address));
    if (record.recordFailure(clock.instant(), new ThrottlePolicy(maxFailures, lockout))) {
      metrics.lockedOut();
    }
  }

  public void recordSuccess(String clientId, String address) {
    attempts.clear(key(clientId, address));
  }

  /**
   * The record key. The prefix and separators keep it apart from every email hash (an email has no
   * NUL) and make the pair unambiguous.
   */
  static String key(String clientId, String address) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("service-client\0" + clientId + "\0" + address)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
    }
  }
}
