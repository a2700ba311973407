package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vitrina.user.it.Accounts.Account;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Tokens that must be refused: forged, expired, from another issuer, with an unknown key id, with
 * no signature at all. Each is checked against a protected endpoint; a genuine token is the
 * control.
 */
@MicroShedTest
class TokenIT {

  @Test
  void shouldPublishJwksWithAtLeastOneRsaKey() {
    given()
        .get("/api/jwks")
        .then()
        .statusCode(200)
        .body("keys.size()", greaterThanOrEqualTo(1))
        .body("keys.kty", hasItem("RSA"))
        .body("keys[0].d", equalTo(null));
  }

  @Test
  void shouldAcceptGenuineToken() {
    Account account = Accounts.newCustomer();
    given().header("Authorization", account.bearer()).get("/api/me").then().statusCode(200);
  }

  @Test
  void shouldRefuseTokenSignedWithAnotherKeyUnderTheRealKid() throws Exception {
    Account account = Accounts.newCustomer();
    RSAKey attacker = new RSAKeyGenerator(2048).generate();
    String forged = sign(attacker, realKid(account), claims(account, "vitrina-user-service", 600));
    assertRefused(forged);
  }

  @Test
  void shouldRefuseTokenWithUnknownKid() throws Exception {
    Account account = Accounts.newCustomer();
    RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
    assertRefused(sign(attacker, "attacker", claims(account, "vitrina-user-service", 600)));
  }

  @Test
  void shouldRefuseExpiredTokenEvenWhenProperlySigned() throws Exception {
    Account account = Accounts.newCustomer();
    assertRefused(
        sign(realKey(account), realKid(account), claims(account, "vitrina-user-service", -600)));
  }

  @Test
  void shouldRefuseTokenFromAnotherIssuerEvenWhenProperlySigned() throws Exception {
    Account account = Accounts.newCustomer();
    assertRefused(
        sign(realKey(account), realKid(account), claims(account, "https://evil.example", 600)));
  }

  @Test
  void shouldAcceptOwnForgeryOnlyAsControl() throws Exception {
    // Proves the two tests above fail for the reason they claim: the same key and claims are fine.
    Account account = Accounts.newCustomer();
    String good =
        sign(realKey(account), realKid(account), claims(account, "vitrina-user-service", 600));
    given().header("Authorization", "Bearer " + good).get("/api/me").then().statusCode(200);
  }

  @Test
  void shouldRefuseUnsignedAlgNoneToken() throws Exception {
    Account account = Accounts.newCustomer();
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + realKid(account) + "\"}");
    String payload = b64(claims(account, "vitrina-user-service", 600).toString());
    assertRefused(header + "." + payload + ".");
  }

  @Test
  void shouldRefuseHmacTokenKeyedWithThePublicKey() throws Exception {
    Account account = Accounts.newCustomer();
    byte[] secret = realKey(account).toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realKid(account)).build(),
            claims(account, "vitrina-user-service", 600));
    jwt.sign(new MACSigner(secret));
    assertRefused(jwt.serialize());
  }

  @Test
  void shouldRefuseGarbage() {
    assertRefused("not-a-jwt");
    assertRefused("a.b.c");
  }

  private static void assertRefused(String token) {
    given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
  }

  private static JWTClaimsSet claims(Account account, String issuer, long secondsToLive) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(account.id())
        .claim("upn", account.email())
        .claim("groups", List.of("customer", "admin"))
        .issueTime(Date.from(now.minusSeconds(Math.max(0, -secondsToLive) + 60)))
        .expirationTime(Date.from(now.plusSeconds(secondsToLive)))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private static String sign(RSAKey key, String kid, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String realKid(Account account) throws Exception {
    return SignedJWT.parse(account.accessToken()).getHeader().getKeyID();
  }

  /**
   * The signing key user-service generated for the test server: the holder of it can mint tokens.
   */
  private static RSAKey realKey(Account account) throws Exception {
    String kid = realKid(account);
    Path dir = Path.of(System.getProperty("vitrina.jwt.keys.dir"));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".pem")).toList()) {
        String pem = Files.readString(file);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey =
            (RSAPrivateCrtKey)
                rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey =
            (RSAPublicKey)
                rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey key =
            new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
        if (key.getKeyID().equals(kid)) {
          return key;
        }
      }
    }
    throw new AssertionError("no key file in " + dir + " has kid " + kid);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
