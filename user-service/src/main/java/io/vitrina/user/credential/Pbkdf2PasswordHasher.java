package io.vitrina.user.credential;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's 2023 figure for this PRF), a 32-byte salt and
 * a 64-byte key, through the container's {@link Pbkdf2PasswordHash}. The stored form names the
 * algorithm and iterations, so they can be raised later without invalidating existing hashes. Every
 * hash and verification waits for its turn in {@link HashingCapacity}.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject Pbkdf2PasswordHash pbkdf2;
  @Inject HashingCapacity capacity;

  /** A hash of a random password, verified against when there is no account to verify against. */
  private String dummyHash;

  @PostConstruct
  void init() {
    pbkdf2.initialize(PARAMETERS);
    dummyHash = hash(UUID.randomUUID().toString());
  }

  @Override
  public String hash(String password) {
    return capacity.run(() -> pbkdf2.generate(password.toCharArray()));
  }

  @Override
  public boolean verify(String password, String hash) {
    try {
      return capacity.run(() -> pbkdf2.verify(password.toCharArray(), hash));
    } catch (PasswordHashingBusyException busy) {
      throw busy;
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }

  @Override
  public void verifyNothing(String password) {
    verify(password, dummyHash);
  }
}
