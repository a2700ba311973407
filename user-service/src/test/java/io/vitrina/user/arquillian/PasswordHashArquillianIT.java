package io.vitrina.user.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.user.credential.PasswordHasher;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Passwords are hashed by Liberty's Jakarta Security Pbkdf2PasswordHash, with the OWASP cost. */
@ExtendWith(ArquillianExtension.class)
class PasswordHashArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.userService(PasswordHashArquillianIT.class);
  }

  @Inject PasswordHasher hasher;

  @Test
  void shouldHashWithPbkdf2Sha512AndAtLeast210000Iterations() {
    String hash = hasher.hash("Correct-Horse-9-Battery");
    String[] parts = hash.split(":");
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 210_000, "iterations: " + parts[1]);
    assertFalse(hash.contains("Correct-Horse"));
  }

  @Test
  void shouldSaltEachHashAndVerifyOnlyTheRightPassword() {
    String first = hasher.hash("Correct-Horse-9-Battery");
    String second = hasher.hash("Correct-Horse-9-Battery");
    assertNotEquals(first, second, "salted");
    assertTrue(hasher.verify("Correct-Horse-9-Battery", first));
    assertFalse(hasher.verify("Correct-Horse-9-Batterz", first));
  }
}
