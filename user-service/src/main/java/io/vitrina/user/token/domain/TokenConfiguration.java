package io.vitrina.user.token.domain;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the signing keys and the signer from configuration, once, when the application starts: a
 * missing or unreadable key fails the start instead of the first login.
 */
@ApplicationScoped
public class TokenConfiguration {

  private static final Logger LOG = Logger.getLogger(TokenConfiguration.class.getName());

  @Inject
  @ConfigProperty(name = "jwt.issuer", defaultValue = "vitrina-user-service")
  String issuer;

  @Inject
  @ConfigProperty(name = "vitrina.jwt.keys.dir")
  Optional<String> keysDir;

  @Inject
  @ConfigProperty(name = "vitrina.jwt.keys.generate", defaultValue = "true")
  boolean generate;

  @Inject
  @ConfigProperty(name = "vitrina.jwt.keys.active")
  Optional<String> activeKid;

  @Inject
  @ConfigProperty(name = "vitrina.jwt.access-token.ttl", defaultValue = "PT15M")
  Duration accessTokenTtl;

  @Inject Clock clock;

  @Produces
  @Singleton
  SigningKeys signingKeys() {
    Path dir = keysDirectory();
    SigningKeys keys =
        new SigningKeys(
            new KeyDirectory(dir).load(generate, clock), activeKid.filter(s -> !s.isBlank()));
    LOG.info(
        () ->
            "JWT signing keys from "
                + dir
                + ": published "
                + keys.kids()
                + ", signing with "
                + keys.active().getKeyID());
    return keys;
  }

  @Produces
  @Singleton
  JwtSigner jwtSigner(SigningKeys keys) {
    return new JwtSigner(keys, issuer, accessTokenTtl, clock);
  }

  /** Loads the keys at start-up, after the schema migration. */
  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object ignored,
      SigningKeys keys) {
    // Injecting the keys is the point: it runs their producer now.
  }

  /** {@code vitrina.jwt.keys.dir}, else {@code jwt-keys} in the server's output directory. */
  private Path keysDirectory() {
    return keysDir
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(
            () -> {
              // Liberty runs with the server's output directory as working directory.
              String output =
                  System.getProperty("server.output.dir", System.getProperty("user.dir"));
              return Path.of(output, "jwt-keys");
            });
  }
}
