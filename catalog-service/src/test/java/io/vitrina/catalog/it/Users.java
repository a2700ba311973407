package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;

/** Accounts with roles other than the bootstrap admin's, made through user-service's API. */
final class Users {

  private static final String USERS = System.getProperty("vitrina.users.url");
  private static final String PASSWORD = "Correct-Horse-9-Battery";

  private Users() {}

  /** A new user promoted to catalog-admin by {@code admin}; their bearer header. */
  static String catalogAdmin(String admin) {
    String email =
        "catalog-admin-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    given()
        .baseUri(USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Catalog admin IT")
                .build()
                .toString())
        .post("/api/auth/register")
        .then()
        .statusCode(201);
    String id =
        given()
            .baseUri(USERS)
            .header("Authorization", login(email))
            .get("/api/me")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    given()
        .baseUri(USERS)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"catalog-admin\"]}")
        .put("/api/users/" + id + "/roles")
        .then()
        .statusCode(200);
    // The roles are in the token: a new login carries the new one.
    return login(email);
  }

  private static String login(String email) {
    return "Bearer "
        + given()
            .baseUri(USERS)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", PASSWORD)
                    .build()
                    .toString())
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("accessToken");
  }
}
