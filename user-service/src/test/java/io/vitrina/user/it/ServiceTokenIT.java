package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The client-credentials grant at {@code POST /api/auth/token}, with the service client the build
 * generated into the clients directory (order-service) and clients the tests write there
 * themselves, which the running server must see without a restart.
 */
@MicroShedTest
class ServiceTokenIT {

  private static final String CLIENT = "order-service";
  private static final String SECRET = System.getProperty("vitrina.service-client.secret");
  private static final Path CLIENTS = Path.of(System.getProperty("vitrina.service-clients.dir"));

  @Test
  void shouldIssueServiceTokenThatVerifiesAgainstTheJwks() throws Exception {
    Response response =
        token(CLIENT, SECRET, "client_credentials")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .header("Cache-Control", containsString("no-store"))
            .body("token_type", equalTo("Bearer"))
            .body("expires_in", equalTo(300))
            .body("refresh_token", equalTo(null))
            .extract()
            .response();

    SignedJWT jwt = SignedJWT.parse(response.path("access_token"));
    JWKSet jwks =
        JWKSet.parse(given().get("/api/jwks").then().statusCode(200).extract().asString());
    RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed by a key of the JWKS");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertEquals("vitrina-user-service", claims.getIssuer());
    assertEquals(CLIENT, claims.getSubject());
    assertEquals(CLIENT, claims.getStringClaim("upn"));
    assertEquals(List.of("service"), claims.getStringListClaim("groups"));
    assertNull(claims.getClaim("sid"), "no session");
    long life = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
    assertEquals(300, life);
  }

  @Test
  void shouldRefuseWrongSecretWithBasicChallenge() {
    token(CLIENT, SECRET + "-wrong", "client_credentials")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void shouldAnswerUnknownClientExactlyLikeWrongSecret() {
    Response wrongSecret = token(CLIENT, SECRET + "-wrong", "client_credentials");
    Response unknown = token("unknown-" + unique(), SECRET, "client_credentials");
    unknown
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .contentType("application/problem+json");
    assertEquals(wrongSecret.path("type"), (Object) unknown.path("type"));
    assertEquals(wrongSecret.path("title"), (Object) unknown.path("title"));
    assertEquals(wrongSecret.path("detail"), (Object) unknown.path("detail"));
  }

  @Test
  void shouldRefuseMissingOrOtherAuthorization() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "client_credentials")
        .post("/api/auth/token")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .contentType("application/problem+json");
    given()
        .header("Authorization", "Bearer " + accessToken(CLIENT, SECRET))
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "client_credentials")
        .post("/api/auth/token")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"));
  }

  @Test
  void shouldRefuseOtherGrantTypes() {
    token(CLIENT, SECRET, "password")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("client_credentials"));
    given()
        .auth()
        .preemptive()
        .basic(CLIENT, SECRET)
        .contentType("application/x-www-form-urlencoded")
        .formParam("scope", "anything")
        .post("/api/auth/token")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldAcceptRotatedSecretWithoutRestart() throws IOException {
    String client = "rotation-" + unique();
    String before = "first-secret-" + UUID.randomUUID();
    String after = "second-secret-" + UUID.randomUUID();
    writeClient(client, before);
    token(client, before, "client_credentials").then().statusCode(200);

    writeClient(client, after + "\n");

    token(client, before, "client_credentials").then().statusCode(401);
    token(client, after, "client_credentials")
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"));
  }

  @Test
  void shouldLockOutAClientAfterRepeatedFailuresFromOneAddress() {
    String client = "guessed-" + unique();
    int status = 0;
    for (int attempt = 0; attempt < 11 && status != 429; attempt++) {
      status = token(client, "guess-number-" + attempt, "client_credentials").statusCode();
    }
    assertEquals(429, status);
    token(client, "another-guess-of-it", "client_credentials")
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .contentType("application/problem+json");
  }

  @Test
  void shouldNotLetServiceTokenActAsUser() {
    given()
        .header("Authorization", "Bearer " + accessToken(CLIENT, SECRET))
        .get("/api/me")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldLetServiceTokenReadOneUserButNothingElseOfTheAdministration() {
    String bearer = "Bearer " + accessToken(CLIENT, SECRET);
    given()
        .header("Authorization", bearer)
        .get("/api/users/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().header("Authorization", bearer).get("/api/users").then().statusCode(403);
    given()
        .header("Authorization", bearer)
        .post("/api/users/" + UUID.randomUUID() + "/disable")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldCountIssuedAndRefusedTokens() {
    token(CLIENT, SECRET, "client_credentials").then().statusCode(200);
    token(CLIENT, SECRET + "-wrong", "client_credentials").then().statusCode(401);
    given()
        .queryParam("scope", "application")
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(containsString("service_tokens_total{"))
        .body(containsString("outcome=\"issued\""))
        .body(containsString("outcome=\"refused\""));
  }

  @Test
  void shouldDocumentTheTokenEndpoint() {
    given()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/auth/token'.post.responses.'200'", org.hamcrest.Matchers.notNullValue())
        .body(
            "paths.'/api/auth/token'.post.responses.'401'.content.'application/problem+json'",
            org.hamcrest.Matchers.notNullValue())
        .body("components.securitySchemes.client.scheme", equalTo("basic"));
  }

  private static RequestSpecification client(String id, String secret) {
    return given().auth().preemptive().basic(id, secret);
  }

  private static Response token(String id, String secret, String grantType) {
    return client(id, secret)
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", grantType)
        .post("/api/auth/token");
  }

  private static String accessToken(String id, String secret) {
    return token(id, secret, "client_credentials")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** Replaces a client file in one step, as a Secret update does: never a half-written file. */
  private static void writeClient(String id, String secret) throws IOException {
    Path temporary = Files.createTempFile(CLIENTS, ".it-", ".tmp");
    Files.writeString(temporary, secret);
    Files.move(
        temporary,
        CLIENTS.resolve(id),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
