package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vitrina.user.it.Accounts.Account;
import jakarta.json.Json;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class AuthIT {

  @Test
  void shouldRegisterLoginAndReadMyProfile() {
    String email = Accounts.uniqueEmail();
    Response created = Accounts.register(email, Accounts.PASSWORD);
    created
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/me"))
        .body("email", equalTo(email))
        .body("roles", hasItem("customer"))
        .body("password", equalTo(null))
        .body("passwordHash", equalTo(null));

    Response login = Accounts.login(email, Accounts.PASSWORD);
    login
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("tokenType", equalTo("Bearer"))
        .body("accessToken", not(emptyOrNullString()))
        .body("refreshToken", not(emptyOrNullString()));

    given()
        .header("Authorization", "Bearer " + login.path("accessToken"))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("displayName", equalTo("IT user"));
  }

  @Test
  void shouldIssueMicroProfileJwtWithKidAndShortLife() {
    Account account = Accounts.newCustomer();
    String[] parts = account.accessToken().split("\\.");
    assertEquals(3, parts.length);
    var header = Json.createReader(new java.io.StringReader(decode(parts[0]))).readObject();
    var claims = Json.createReader(new java.io.StringReader(decode(parts[1]))).readObject();
    assertEquals("RS256", header.getString("alg"));
    assertNotEquals("", header.getString("kid"));
    assertEquals("vitrina-user-service", claims.getString("iss"));
    assertEquals(account.id(), claims.getString("sub"));
    assertEquals(account.email(), claims.getString("upn"));
    assertEquals("customer", claims.getJsonArray("groups").getString(0));
    long life = claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue();
    assertEquals(15 * 60, life, 60, "access token lives about 15 minutes");
    assertNotEquals("", claims.getString("jti"));
  }

  @Test
  void shouldRefuseDuplicateEmailWithConflict() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email, Accounts.PASSWORD).then().statusCode(201);
    Accounts.register(email.toUpperCase(), Accounts.PASSWORD)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
  }

  @Test
  void shouldRefuseWeakPasswordWithViolations() {
    Accounts.register(Accounts.uniqueEmail(), "short")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("password"));
  }

  @Test
  void shouldAnswerUnknownEmailExactlyLikeWrongPassword() {
    Account account = Accounts.newCustomer();
    Response wrongPassword = Accounts.login(account.email(), "Wrong-password-123");
    Response unknownEmail = Accounts.login(Accounts.uniqueEmail(), "Wrong-password-123");
    wrongPassword.then().statusCode(401).contentType("application/problem+json");
    unknownEmail.then().statusCode(401).contentType("application/problem+json");
    assertEquals(
        wrongPassword.jsonPath().getString("detail"), unknownEmail.jsonPath().getString("detail"));
    assertEquals(
        wrongPassword.jsonPath().getString("title"), unknownEmail.jsonPath().getString("title"));
  }

  @Test
  void shouldThrottleAfterRepeatedFailuresEvenForUnknownEmail() {
    for (String email : new String[] {Accounts.newCustomer().email(), Accounts.uniqueEmail()}) {
      int status = 0;
      for (int i = 0; i < 8 && status != 429; i++) {
        status = Accounts.login(email, "Wrong-password-123").statusCode();
      }
      assertEquals(429, status, "locked out after repeated failures: " + email);
      Accounts.login(email, Accounts.PASSWORD)
          .then()
          .statusCode(429)
          .header("Retry-After", not(emptyOrNullString()));
    }
  }

  @Test
  void shouldRotateRefreshTokenOnEachUse() {
    Account account = Accounts.newCustomer();
    Response first = Accounts.refresh(account.refreshToken());
    first.then().statusCode(200).body("accessToken", not(emptyOrNullString()));
    String rotated = first.path("refreshToken");
    assertNotEquals(account.refreshToken(), rotated);
    Accounts.refresh(rotated).then().statusCode(200);
  }

  @Test
  void shouldRevokeWholeFamilyWhenOldRefreshTokenIsReused() {
    Account account = Accounts.newCustomer();
    String rotated =
        Accounts.refresh(account.refreshToken())
            .then()
            .statusCode(200)
            .extract()
            .path("refreshToken");

    Accounts.refresh(account.refreshToken()).then().statusCode(401);

    // The thief's reuse burned the legitimate holder's newer token too.
    Accounts.refresh(rotated).then().statusCode(401);
  }

  @Test
  void shouldEndSessionOnLogout() {
    Account account = Accounts.newCustomer();
    given()
        .contentType(ContentType.JSON)
        .header("Authorization", account.bearer())
        .body(
            Json.createObjectBuilder()
                .add("refreshToken", account.refreshToken())
                .build()
                .toString())
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    Accounts.refresh(account.refreshToken()).then().statusCode(401);
  }

  @Test
  void shouldListAndRevokeMySessions() {
    Account account = Accounts.newCustomer();
    Account second = Accounts.loginAs(account.id(), account.email(), account.password());

    Response sessions = given().header("Authorization", account.bearer()).get("/api/me/sessions");
    sessions.then().statusCode(200).body("$", hasSize(2));
    String secondSessionId = sessions.jsonPath().getString("find { it.current == false }.id");

    given()
        .header("Authorization", account.bearer())
        .delete("/api/me/sessions/" + secondSessionId)
        .then()
        .statusCode(204);
    Accounts.refresh(second.refreshToken()).then().statusCode(401);
    Accounts.refresh(account.refreshToken()).then().statusCode(200);

    given()
        .header("Authorization", account.bearer())
        .delete("/api/me/sessions")
        .then()
        .statusCode(204);
    given()
        .header("Authorization", account.bearer())
        .get("/api/me/sessions")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  @Test
  void shouldNotRevokeSomeoneElsesSession() {
    Account victim = Accounts.newCustomer();
    Account attacker = Accounts.newCustomer();
    String victimSession =
        given()
            .header("Authorization", victim.bearer())
            .get("/api/me/sessions")
            .jsonPath()
            .getString("[0].id");
    given()
        .header("Authorization", attacker.bearer())
        .delete("/api/me/sessions/" + victimSession)
        .then()
        .statusCode(404);
    Accounts.refresh(victim.refreshToken()).then().statusCode(200);
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), java.nio.charset.StandardCharsets.UTF_8);
  }
}
