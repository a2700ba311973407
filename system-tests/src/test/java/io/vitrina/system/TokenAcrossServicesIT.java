package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A token user-service issues is accepted by catalog-service, which knows only user-service's JWKS
 * URL; a token that user-service did not sign is refused there.
 */
class TokenAcrossServicesIT {

  private static final String USERS = System.getProperty("vitrina.users.url");
  private static final String CATALOG = System.getProperty("vitrina.catalog.url");
  private static final String PASSWORD = "Correct-Horse-9-Battery";

  @Test
  void shouldAcceptUserServiceTokenInCatalogService() {
    String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String id =
        given()
            .baseUri(USERS)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", PASSWORD)
                    .add("displayName", "End to end")
                    .build()
                    .toString())
            .post("/api/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String token = login(email);

    given()
        .baseUri(CATALOG)
        .header("Authorization", "Bearer " + token)
        .get("/api/caller")
        .then()
        .statusCode(200)
        .body("subject", equalTo(id))
        .body("name", equalTo(email))
        .body("groups", hasItem("customer"));
  }

  @Test
  void shouldRefuseTamperedTokenInCatalogService() {
    String token =
        login(
            System.getProperty("vitrina.admin.email"),
            System.getProperty("vitrina.admin.password"));
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"upn\":\"", "\"upn\":\"other-");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    given()
        .baseUri(CATALOG)
        .header("Authorization", "Bearer " + tampered)
        .get("/api/caller")
        .then()
        .statusCode(401);
    given().baseUri(CATALOG).get("/api/caller").then().statusCode(401);
  }

  private static String login(String email) {
    return login(email, PASSWORD);
  }

  /** The bare access token of a login, for the tests that take it apart. */
  private static String login(String email, String password) {
    return Journey.login(email, password).substring("Bearer ".length());
  }
}
