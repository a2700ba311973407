package io.vitrina.user.serviceclient.domain;

import io.vitrina.user.token.domain.AccessTokenClaims;
import io.vitrina.user.token.domain.IssuedAccessToken;
import io.vitrina.user.token.domain.JwtSigner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OAuth 2.0 client-credentials grant: authenticates a service client against the secrets
 * directory ({@code vitrina.service-clients.dir}) and issues it a short-lived access token with the
 * group {@value #GROUP}. Every issued token is recorded in the log (client, jti, expiry, address),
 * never the token itself.
 */
@ApplicationScoped
public class ClientCredentialsGrant {

  /** The one group of every service token; no user can hold it (it is no user role). */
  public static final String GROUP = "service";

  private static final Logger LOG = Logger.getLogger(ClientCredentialsGrant.class.getName());

  @Inject
  @ConfigProperty(name = "vitrina.service-clients.dir")
  Optional<String> directory;

  @Inject
  @ConfigProperty(name = "vitrina.service-clients.token-ttl", defaultValue = "PT5M")
  Duration tokenTtl;

  @Inject ClientAuthenticationThrottle throttle;
  @Inject JwtSigner signer;
  @Inject ServiceClientMetrics metrics;

  ClientSecrets secrets;

  @PostConstruct
  void init() {
    secrets = new ClientSecrets(directory.filter(s -> !s.isBlank()).map(Path::of));
  }

  /** Says at start-up where the clients are read from, and who they are now. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    LOG.info(
        () ->
            secrets
                .directory()
                .map(d -> "Service clients from " + d + ": " + new TreeSet<>(secrets.clientIds()))
                .orElse(
                    "No service clients: vitrina.service-clients.dir is not set, so"
                        + " POST /api/auth/token refuses every client"));
  }

  /**
   * Authenticates a client. The failure counts are committed even though the call fails: that is
   * the point of counting them.
   *
   * @param secrets the secret as presented; more than one candidate when its encoding is ambiguous
   * @param address the caller's address, which the throttle counts failures by
   * @throws ClientLockedOutException while the client id is locked out for this address
   * @throws InvalidClientException for an unknown client or a wrong secret, alike
   */
  @Transactional(dontRollbackOn = {InvalidClientException.class, ClientLockedOutException.class})
  public ServiceClient authenticate(String clientId, Collection<String> secrets, String address) {
    if (clientId == null || !ClientSecrets.CLIENT_ID.matcher(clientId).matches()) {
      // Cannot name a configured client; not counted, since there is nothing sane to count it by.
      metrics.refused();
      throw new InvalidClientException();
    }
    try {
      throttle.check(clientId, address);
    } catch (ClientLockedOutException locked) {
      metrics.throttled();
      throw locked;
    }
    if (!this.secrets.verify(clientId, secrets)) {
      throttle.recordFailure(clientId, address);
      metrics.refused();
      LOG.info(
          () -> "Service client authentication failed: client " + clientId + " from " + address);
      throw new InvalidClientException();
    }
    throttle.recordSuccess(clientId, address);
    return new ServiceClient(clientId);
  }

  /** A token for an authenticated client: {@code sub} and {@code upn} its id, no session. */
  public IssuedAccessToken issue(ServiceClient client, String address) {
    TreeSet<String> groups = new TreeSet<>();
    groups.add(GROUP);
    IssuedAccessToken token =
        signer.sign(
            new AccessTokenClaims(client.id(), client.id(), groups, Optional.empty()), tokenTtl);
    metrics.issued();
    LOG.info(
        () ->
            "Service token issued: client "
                + client.id()
                + ", jti "
                + token.id()
                + ", expires "
                + token.expiresAt()
                + ", to "
                + address);
    return token;
  }
}
