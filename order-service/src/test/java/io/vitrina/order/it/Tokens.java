package io.vitrina.order.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;

/** Real access tokens from the user-service the build started beside order-service. */
final class Tokens {

  private static final String USERS = System.getProperty("vitrina.users.url");
  private static final String PASSWORD = "Correct-Horse-9-Battery";

  private Tokens() {}

  /** The bootstrap administrator's bearer header (roles admin and customer). */
  static String admin() {
    return login(
        System.getProperty("vitrina.admin.email"), System.getProperty("vitrina.admin.password"));
  }

  /** A customer who has signed up, and their first bearer header. */
  record Customer(String email, String token) {}

  /** A new customer's bearer header. */
  static String customer() {
    return newCustomer().token();
  }

  static Customer newCustomer() {
    String email = "orders-it-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    given()
        .baseUri(USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", "Orders IT")
                .build()
                .toString())
        .post("/api/auth/register")
        .then()
        .statusCode(201);
    return new Customer(email, login(email));
  }

  /** A fresh sign-in of a customer made by {@link #newCustomer}. */
  static String login(String email) {
    return login(email, PASSWORD);
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
