package io.vitrina.platform.auth;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * This service's own access token from user-service (client credentials, see docs/decisions.md 6),
 * cached for its life. From {@code vitrina.service-client.refresh-before} (30 s) before it expires,
 * a call still gets the cached token at once while a new one is asked for in the background; only a
 * call that finds no token, or one within {@link #EXPIRY_MARGIN} of its expiry, waits for
 * user-service. So a slow or briefly absent user-service costs the callers nothing. The client id,
 * secret and token URI come from {@code vitrina.service-client.id}, {@code
 * vitrina.service-client.secret} and {@code vitrina.token-uri} ({@code VITRINA_SERVICE_CLIENT_ID},
 * {@code VITRINA_SERVICE_CLIENT_SECRET} and {@code VITRINA_TOKEN_URI}); a service names its default
 * client id in its microprofile-config.properties.
 *
 * <p>All three are optional here, because every service packages this bean and most never call
 * another service as themselves: a missing id or secret only fails the call that needs a token.
 */
@ApplicationScoped
public class ServiceTokens {

  /** A token this close to its expiry is not handed out: it could expire on its way. */
  static final Duration EXPIRY_MARGIN = Duration.ofSeconds(5);

  /** After a background renewal failed, the next is not tried before this. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());

  @Inject
  @ConfigProperty(name = "vitrina.service-client.id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "vitrina.service-client.secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "vitrina.token-uri", defaultValue = "http://localhost:9081/api/auth/token")
  String tokenUri;

  @Inject
  @ConfigProperty(name = "vitrina.service-client.refresh-before", defaultValue = "PT30S")
  Duration refreshBefore;

  @Inject Clock clock;

  /** Runs the background renewals. */
  @Resource ManagedExecutorService executor;

  private record Cached(String bearer, Instant renewAt, Instant expiresAt) {}

  private Cached cached;

  /** Whether a background renewal is under way. */
  private boolean renewing;

  /**
   * A bearer header with a token that is valid for a while yet.
   *
   * @throws IllegalStateException when no client id or secret is configured
   * @throws RuntimeException when user-service cannot issue one (the caller's fault tolerance
   *     decides)
   */
  public String bearer() {
    synchronized (this) {
      Instant now = clock.instant();
      if (cached != null && now.isBefore(cached.expiresAt().minus(EXPIRY_MARGIN))) {
        if (!now.isBefore(cached.renewAt()) && !renewing) {
          renewing = true;
          renewInBackground();
        }
        return cached.bearer();
      }
    }
    return renew();
  }

  /** Asks for a new token now and caches it; the caller waits. */
  private synchronized String renew() {
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.expiresAt().minus(EXPIRY_MARGIN))) {
      // Another caller renewed it while this one waited for the lock.
      return cached.bearer();
    }
    cached = fetch(now);
    return cached.bearer();
  }

  private void renewInBackground() {
    try {
      executor.execute(
          () -> {
            try {
              // Not under the lock: callers keep getting the current token meanwhile.
              Cached fresh = fetch(clock.instant());
              synchronized (this) {
                cached = fresh;
              }
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "Could not renew the service token ahead of its expiry; the current one is kept",
                  e);
              synchronized (this) {
                if (cached != null) {
                  cached =
                      new Cached(
                          cached.bearer(), clock.instant().plus(RETRY_AFTER), cached.expiresAt());
                }
              }
            } finally {
              synchronized (this) {
                renewing = false;
              }
            }
          });
    } catch (RuntimeException rejected) {
      // No executor to run it (shutting down): the next call past expiry renews in the foreground.
      renewing = false;
    }
  }

  /** Asks user-service for a token; what to cache. */
  private Cached fetch(Instant now) {
    String id =
        present(clientId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No service client id (VITRINA_SERVICE_CLIENT_ID): this service cannot"
                            + " call other services as itself"));
    String secret =
        present(clientSecret)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No service client secret (VITRINA_SERVICE_CLIENT_SECRET): "
                            + id
                            + " cannot call other services as itself"));
    TokenClient.TokenResponse response = issue(basic(id, secret));
    Duration life = Duration.ofSeconds(Math.max(0, response.expiresIn()));
    Instant renewAt =
        now.plus(life.compareTo(refreshBefore) > 0 ? life.minus(refreshBefore) : life.dividedBy(2));
    return new Cached("Bearer " + response.accessToken(), renewAt, now.plus(life));
  }

  /** Whether a client id and secret are configured at all: without them, nothing is asked live. */
  public boolean configured() {
    return present(clientId).isPresent() && present(clientSecret).isPresent();
  }

  /** Forgets the cached token: the next call asks for a new one (after a 401 from a service). */
  public synchronized void forget() {
    cached = null;
  }

  /** Asks user-service for a token; short timeouts, as the caller retries and falls back. */
  TokenClient.TokenResponse issue(String basic) {
    return RestClientBuilder.newBuilder()
        .baseUri(URI.create(tokenUri))
        .connectTimeout(1, TimeUnit.SECONDS)
        .readTimeout(2, TimeUnit.SECONDS)
        .build(TokenClient.class)
        .token(basic, "client_credentials");
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> present(Optional<String> value) {
    return value.filter(s -> !s.isBlank());
  }
}
