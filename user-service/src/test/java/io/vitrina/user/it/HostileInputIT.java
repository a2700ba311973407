package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.vitrina.user.it.Accounts.Account;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Wrong, hostile and oversized input: each a 4xx problem response, and nothing written. */
@MicroShedTest
class HostileInputIT {

  @Test
  void shouldRejectMalformedJson() {
    String email = Accounts.uniqueEmail();
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\":\"" + email + "\",\"password\":")
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400));
    assertNoAccount(email);
  }

  @Test
  void shouldRejectWrongContentType() {
    given()
        .contentType(ContentType.XML)
        .body("<register/>")
        .post("/api/auth/register")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRejectMissingFieldsListingEachViolation() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("email"))
        .body("violations.field", hasItem("password"));
  }

  @Test
  void shouldIgnoreExtraFieldsThatClaimPrivileges() {
    String email = Accounts.uniqueEmail();
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + Accounts.PASSWORD
                + "\",\"displayName\":\"Mallory\",\"roles\":[\"admin\"],\"status\":\"ACTIVE\","
                + "\"id\":\"00000000-0000-0000-0000-000000000001\"}")
        .post("/api/auth/register")
        .then()
        .statusCode(201)
        .body("roles", not(hasItem("admin")))
        .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")));
  }

  @Test
  void shouldRejectOversizedBody() {
    String email = Accounts.uniqueEmail();
    String huge = "x".repeat(200_000);
    given()
        .contentType(ContentType.JSON)
        .body(Accounts.registrationJson(email, Accounts.PASSWORD, huge))
        .post("/api/auth/register")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertNoAccount(email);
  }

  @Test
  void shouldRejectVeryLongStrings() {
    String email = Accounts.uniqueEmail();
    Accounts.register(email, "Aa1!" + "b".repeat(2_000))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(Accounts.registrationJson(email, Accounts.PASSWORD, "n".repeat(5_000)))
        .post("/api/auth/register")
        .then()
        .statusCode(400);
    Accounts.register("a".repeat(300) + "@example.com", Accounts.PASSWORD).then().statusCode(400);
    assertNoAccount(email);
  }

  @Test
  void shouldTreatSqlMetacharactersAsData() {
    Accounts.login("' OR '1'='1' -- @example.com", "' OR '1'='1")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(401)))
        .contentType("application/problem+json");
    Accounts.register("robert'); DROP TABLE users;--@example.com", Accounts.PASSWORD)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");

    Account admin = Accounts.admin();
    given()
        .header("Authorization", admin.bearer())
        .queryParam("q", "%' OR 1=1 -- ")
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    // The table is still there and still answers.
    Accounts.newCustomer();
  }

  @Test
  void shouldStoreScriptMetacharactersVerbatimAsJsonData() {
    String email = Accounts.uniqueEmail();
    String name = "<script>alert('x')</script>";
    given()
        .contentType(ContentType.JSON)
        .body(Accounts.registrationJson(email, Accounts.PASSWORD, name))
        .post("/api/auth/register")
        .then()
        .statusCode(201)
        .contentType(ContentType.JSON)
        .body("displayName", equalTo(name));
  }

  @Test
  void shouldRejectControlCharactersInNames() {
    String email = Accounts.uniqueEmail();
    given()
        .contentType(ContentType.JSON)
        .body(Accounts.registrationJson(email, Accounts.PASSWORD, "Eve\u0000\u001b[31m"))
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertNoAccount(email);
  }

  @Test
  void shouldNeverLeakInternalsInErrors() {
    given()
        .contentType(ContentType.JSON)
        .body("[1,2,3]")
        .post("/api/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("trace", nullValue())
        .body(not(org.hamcrest.Matchers.containsString("Exception")));
  }

  private static void assertNoAccount(String email) {
    given()
        .header("Authorization", Accounts.admin().bearer())
        .queryParam("q", email)
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }
}
