package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.vitrina.user.it.Accounts.Account;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ProfileIT {

  private static final String PROFILE =
      """
      {"displayName":"Ana","fullName":"Ana García López","phone":"+34600111222",
       "addresses":[{"label":"Casa","line1":"Calle Mayor 1","line2":"2º B","city":"Madrid",
                     "region":"Madrid","postalCode":"28013","country":"ES"}]}
      """;

  @Test
  void shouldUpdateAndReadMyProfile() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(PROFILE)
        .put("/api/me")
        .then()
        .statusCode(200)
        .body("fullName", equalTo("Ana García López"));

    given()
        .header("Authorization", account.bearer())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Ana"))
        .body("phone", equalTo("+34600111222"))
        .body("addresses", hasSize(1))
        .body("addresses[0].city", equalTo("Madrid"))
        .body("addresses[0].country", equalTo("ES"));
  }

  @Test
  void shouldRejectInvalidPhoneAndCountryWithoutWriting() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(PROFILE.replace("+34600111222", "call me").replace("\"ES\"", "\"Spain\""))
        .put("/api/me")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));

    given()
        .header("Authorization", account.bearer())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("IT user"))
        .body("addresses", hasSize(0));
  }

  @Test
  void shouldStoreTypedPreferencesAndRejectUnknownValues() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(
            """
            {"language":"es","currency":"EUR","notificationChannels":["EMAIL","SMS"],
             "marketingOptIn":true}
            """)
        .put("/api/me/preferences")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", account.bearer())
        .get("/api/me/preferences")
        .then()
        .statusCode(200)
        .body("language", equalTo("es"))
        .body("currency", equalTo("EUR"))
        .body("notificationChannels", hasItem("SMS"))
        .body("marketingOptIn", equalTo(true));

    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(
            """
            {"language":"klingon","currency":"DOGE","notificationChannels":["CARRIER_PIGEON"],
             "marketingOptIn":false}
            """)
        .put("/api/me/preferences")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", account.bearer())
        .get("/api/me/preferences")
        .then()
        .body("language", equalTo("es"));
  }

  @Test
  void shouldChangePasswordAndRevokeOtherSessions() {
    Account account = Accounts.newCustomer();
    Account other = Accounts.loginAs(account.id(), account.email(), account.password());
    String newPassword = "Another-Strong-Pass-42";

    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(
            "{\"currentPassword\":\""
                + account.password()
                + "\",\"newPassword\":\""
                + newPassword
                + "\"}")
        .put("/api/me/password")
        .then()
        .statusCode(204);

    Accounts.refresh(other.refreshToken()).then().statusCode(401);
    Accounts.login(account.email(), account.password()).then().statusCode(401);
    Accounts.login(account.email(), newPassword).then().statusCode(200);
  }

  @Test
  void shouldRefusePasswordChangeWithWrongCurrentPassword() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(
            "{\"currentPassword\":\"Not-my-password-1\",\"newPassword\":\"Another-Strong-Pass-42\"}")
        .put("/api/me/password")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(403), equalTo(422)))
        .contentType("application/problem+json");
    Accounts.login(account.email(), account.password()).then().statusCode(200);
  }

  @Test
  void shouldLockOutPasswordGuessingThroughPasswordChange() {
    Account account = Accounts.newCustomer();
    int status = 0;
    for (int i = 0; i < 8 && status != 429; i++) {
      status =
          given()
              .header("Authorization", account.bearer())
              .contentType(ContentType.JSON)
              .body(
                  "{\"currentPassword\":\"Guess-number-"
                      + i
                      + "\",\"newPassword\":\"Another-Strong-Pass-42\"}")
              .put("/api/me/password")
              .statusCode();
    }
    org.junit.jupiter.api.Assertions.assertEquals(429, status, "guessing is throttled");
    // The same lockout guards the login: the guesses were counted against the email.
    Accounts.login(account.email(), account.password()).then().statusCode(429);
  }

  @Test
  void shouldExportAllMyDataAsJson() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body(PROFILE)
        .put("/api/me")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", account.bearer())
        .get("/api/me/export")
        .then()
        .statusCode(200)
        .contentType(containsString("json"))
        .header("Content-Disposition", containsString("attachment"))
        .body(containsString(account.email()))
        .body(containsString("Calle Mayor 1"))
        .body(org.hamcrest.Matchers.not(containsString("PBKDF2")));
  }

  @Test
  void shouldEraseMyAccountWhenPasswordConfirms() {
    Account account = Accounts.newCustomer();
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body("{\"password\":\"wrong-password-here\"}")
        .post("/api/me/erasure")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(403), equalTo(422)));
    Accounts.login(account.email(), account.password()).then().statusCode(200);

    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body("{\"password\":\"" + account.password() + "\"}")
        .post("/api/me/erasure")
        .then()
        .statusCode(204);
    Accounts.login(account.email(), account.password()).then().statusCode(401);
    Accounts.refresh(account.refreshToken()).then().statusCode(401);
    // The email is free again: nothing of the old account is kept.
    Accounts.register(account.email(), account.password()).then().statusCode(201);
  }
}
