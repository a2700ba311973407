package io.vitrina.support.context.client;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * This service's own access token from user-service (client credentials, see docs/decisions.md 6),
 * cached until {@code vitrina.service-client.refresh-before} (30 s) before it expires, so that a
 * short user-service outage costs nothing. The client id, secret and token URI come from {@code
 * VITRINA_SERVICE_CLIENT_ID}, {@code VITRINA_SERVICE_CLIENT_SECRET} and {@code VITRINA_TOKEN_URI}.
 */
@ApplicationScoped
public class ServiceTokens {

  @Inject
  @ConfigProperty(name = "vitrina.service-client.id", defaultValue = "support-service")
  String clientId;

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

  private record Cached(String bearer, Instant renewAt) {}

  private Cached cached;

  /**
   * A bearer header with a token that is valid for a while yet.
   *
   * @throws IllegalStateException when no client secret is configured
   * @throws RuntimeException when user-service cannot issue one (the caller's fault tolerance
   *     decides)
   */
  public synchronized String bearer() {
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.renewAt())) {
      return cached.bearer();
    }
    String secret =
        clientSecret
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No service client secret (VITRINA_SERVICE_CLIENT_SECRET): support-service"
                            + " cannot read accounts"));
    TokenClient.TokenResponse response =
        RestClientBuilder.newBuilder()
            .baseUri(URI.create(tokenUri))
            .connectTimeout(1, TimeUnit.SECONDS)
            .readTimeout(2, TimeUnit.SECONDS)
            .build(TokenClient.class)
            .token(basic(clientId, secret), "client_credentials");
    Duration life = Duration.ofSeconds(Math.max(0, response.expiresIn()));
    Instant renewAt =
        now.plus(life.compareTo(refreshBefore) > 0 ? life.minus(refreshBefore) : life.dividedBy(2));
    cached = new Cached("Bearer " + response.accessToken(), renewAt);
    return cached.bearer();
  }

  /** Whether a client secret is configured at all: without it, nothing is asked live. */
  public boolean configured() {
    return clientSecret.filter(s -> !s.isBlank()).isPresent();
  }

  /** Forgets the cached token: the next call asks for a new one (after a 401 from a service). */
  public synchronized void forget() {
    cached = null;
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
