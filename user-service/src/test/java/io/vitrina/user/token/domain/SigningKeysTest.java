package io.vitrina.user.token.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vitrina.platform.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");

  @Test
  void shouldGenerateAKeyReadableByTheOwnerOnlyWhenTheDirectoryHasNone(@TempDir Path dir)
      throws Exception {
    Path keys = dir.resolve("jwt-keys");
    List<RSAKey> loaded = new KeyDirectory(keys).load(true, clock);

    assertEquals(1, loaded.size());
    try (var files = Files.list(keys)) {
      Path file = files.findFirst().orElseThrow();
      assertEquals("20261129T100000Z-rsa.pem", file.getFileName().toString());
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertTrue(Files.readString(file).startsWith(KeyDirectory.PEM_BEGIN));
    }
  }

  @Test
  void shouldKeepTheGeneratedKeyAcrossRestarts(@TempDir Path dir) {
    String first = new KeyDirectory(dir).load(true, clock).get(0).getKeyID();
    clock.advance(Duration.ofDays(1));
    List<RSAKey> again = new KeyDirectory(dir).load(true, clock);
    assertEquals(List.of(first), again.stream().map(RSAKey::getKeyID).toList());
  }

  @Test
  void shouldFailClearlyWhenThereIsNoKeyAndGenerationIsOff(@TempDir Path dir) {
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> new KeyDirectory(dir).load(false, clock));
    assertTrue(failure.getMessage().contains("vitrina.jwt.keys.generate"));
  }

  @Test
  void shouldRefuseAFileThatIsNotAPrivateKey(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
    assertThrows(IllegalStateException.class, () -> new KeyDirectory(dir).load(true, clock));
  }

  @Test
  void shouldUseTheRfc7638ThumbprintAsKid(@TempDir Path dir) throws Exception {
    RSAKey key = new KeyDirectory(dir).load(true, clock).get(0);
    assertEquals(key.toPublicJWK().computeThumbprint().toString(), key.getKeyID());
  }

  @Test
  void shouldPublishEveryKeyAndSignWithTheNewest(@TempDir Path dir) {
    KeyDirectory directory = new KeyDirectory(dir);
    directory.generate(clock);
    clock.advance(Duration.ofDays(90));
    directory.generate(clock);

    List<RSAKey> loaded = directory.load(false, clock);
    SigningKeys keys = new SigningKeys(loaded, Optional.empty());

    assertEquals(2, keys.publicJwks().getKeys().size());
    assertEquals(loaded.get(1).getKeyID(), keys.active().getKeyID());
  }

  @Test
  void shouldSignWithTheConfiguredActiveKidDuringARotation(@TempDir Path dir) {
    KeyDirectory directory = new KeyDirectory(dir);
    directory.generate(clock);
    clock.advance(Duration.ofDays(90));
    directory.generate(clock);
    List<RSAKey> loaded = directory.load(false, clock);

    SigningKeys keys = new SigningKeys(loaded, Optional.of(loaded.get(0).getKeyID()));

    assertEquals(loaded.get(0).getKeyID(), keys.active().getKeyID());
    assertThrows(
        IllegalStateException.class, () -> new SigningKeys(loaded, Optional.of("no-such-kid")));
  }

  @Test
  void shouldPublishNoPrivatePart(@TempDir Path dir) {
    SigningKeys keys = new SigningKeys(new KeyDirectory(dir).load(true, clock), Optional.empty());
    JWK published = keys.publicJwks().getKeys().get(0);
    assertFalse(published.isPrivate());
    assertNull(published.toJSONObject().get("d"));
    assertEquals(JWSAlgorithm.RS256, published.getAlgorithm());
  }

  @Test
  void shouldIssueATokenThatVerifiesAgainstThePublishedJwks(@TempDir Path dir) throws Exception {
    SigningKeys keys = new SigningKeys(new KeyDirectory(dir).load(true, clock), Optional.empty());
    JwtSigner signer = new JwtSigner(keys, "vitrina-user-service", Duration.ofMinutes(15), clock);
    IssuedAccessToken issued =
        signer.sign(
            new AccessTokenClaims(
                "user-1",
                "ana@example.com",
                new TreeSet<>(List.of("customer", "admin")),
                Optional.of("session-1")));

    // What a verifier does: parse the published JWKS, pick the key by kid, check the signature.
    JWKSet jwks = JWKSet.parse(keys.publicJwks().toString());
    SignedJWT jwt = SignedJWT.parse(issued.token());
    RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertTrue(jwt.verify(new RSASSAVerifier(key)));

    assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertEquals("vitrina-user-service", claims.getIssuer());
    assertEquals("user-1", claims.getSubject());
    assertEquals("ana@example.com", claims.getStringClaim("upn"));
    assertEquals(List.of("admin", "customer"), claims.getStringListClaim("groups"));
    assertEquals("session-1", claims.getStringClaim("sid"));
    assertNotEquals(null, claims.getJWTID());
    assertEquals(Instant.parse("2026-11-29T10:00:00Z"), claims.getIssueTime().toInstant());
    assertEquals(Instant.parse("2026-11-29T10:15:00Z"), claims.getExpirationTime().toInstant());
    assertEquals(issued.expiresAt(), claims.getExpirationTime().toInstant());
  }

  @Test
  void shouldNotVerifyWithAnotherKidsKey(@TempDir Path dir) throws Exception {
    KeyDirectory directory = new KeyDirectory(dir);
    directory.generate(clock);
    clock.advance(Duration.ofDays(1));
    directory.generate(clock);
    List<RSAKey> loaded = directory.load(false, clock);
    SigningKeys keys = new SigningKeys(loaded, Optional.empty());
    JwtSigner signer = new JwtSigner(keys, "vitrina-user-service", Duration.ofMinutes(15), clock);
    SignedJWT jwt =
        SignedJWT.parse(
            signer
                .sign(
                    new AccessTokenClaims(
                        "user-1", "ana@example.com", new TreeSet<>(), Optional.empty()))
                .token());

    JWKSet jwks = JWKSet.parse(keys.publicJwks().toString());
    RSAKey otherKey = (RSAKey) jwks.getKeyByKeyId(loaded.get(0).getKeyID());
    assertFalse(jwt.verify(new RSASSAVerifier(otherKey)));
    assertNull(jwks.getKeyByKeyId("unknown-kid"));
  }
}
