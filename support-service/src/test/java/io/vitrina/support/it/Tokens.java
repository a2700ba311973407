package io.vitrina.support.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;

/** Real access tokens from the user-service the build started beside support-service. */
final class Tokens {

  private static final String USERS = System.getProperty("vitrina.users.url");
  private static final String PASSWORD = "Correct-Horse-9-Battery";

  private static String agent;

  private Tokens() {}

  /** The bootstrap administrator's bearer header (roles admin and customer). */
  static String admin() {
    return login(
        System.getProperty("vitrina.admin.email"), System.getProperty("vitrina.admin.password"));
  }

  /** A new customer's bearer header. */
  static String customer() {
    return login(register("support-it-customer"), PASSWORD);
  }

  /** A support agent's bearer header: one account, promoted by the admin once. */
  static synchronized String agent() {
    if (agent == null) {
      agent = promoted("support-agent");
    }
    return agent;
  }

  /** A new user with the one role given, promoted by the admin; their bearer header. */
  static String promoted(String role) {
    String email = register("support-it-" + role);
    String id = userId(login(email, PASSWORD));
    given()
        .baseUri(USERS)
        .header("Authorization", admin())
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"" + role + "\"]}")
        .put("/api/users/" + id + "/roles")
        .then()
        .statusCode(200);
    // The roles are in the token: a new login carries the new one.
    return login(email, PASSWORD);
  }

  /** The user id (the token's sub) of a bearer header's owner. */
  static String userId(String bearer) {
    return given()
        .baseUri(USERS)
        .header("Authorization", bearer)
        .get("/api/me")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  private static String register(String prefix) {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    given()
        .baseUri(USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Support IT")
                .build()
                .toString())
        .post("/api/auth/register")
        .then()
        .statusCode(201);
    return email;
  }

  private static String login(String email, String password) {
    String token =
        given()
            .baseUri(USERS)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", password)
                    .build()
                    .toString())
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("accessToken");
    return "Bearer " + token;
  }
}
