package io.vitrina.user.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.util.UUID;

/** Test fixture: makes accounts and sessions through the public API, one fresh account per call. */
final class Accounts {

  static final String PASSWORD = "Correct-Horse-9-Battery";

  private Accounts() {}

  /** An account with its credentials and the tokens of one login. */
  record Account(
      String id, String email, String password, String accessToken, String refreshToken) {
    String bearer() {
      return "Bearer " + accessToken;
    }
  }

  static String uniqueEmail() {
    return "it-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
  }

  static String registrationJson(String email, String password, String displayName) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .add("displayName", displayName)
        .build()
        .toString();
  }

  static Response register(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(registrationJson(email, password, "IT user"))
        .post("/api/auth/register");
  }

  static Response login(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString())
        .post("/api/auth/login");
  }

  static Response refresh(String refreshToken) {
    return given()
        .contentType(ContentType.JSON)
        .body(Json.createObjectBuilder().add("refreshToken", refreshToken).build().toString())
        .post("/api/auth/refresh");
  }

  /** Registers a new customer and logs in once. */
  static Account newCustomer() {
    String email = uniqueEmail();
    String id = register(email, PASSWORD).then().statusCode(201).extract().path("id");
    return loginAs(id, email, PASSWORD);
  }

  static Account loginAs(String id, String email, String password) {
    Response login = login(email, password).then().statusCode(200).extract().response();
    return new Account(id, email, password, login.path("accessToken"), login.path("refreshToken"));
  }

  /** The bootstrap administrator the build configured for the test server. */
  static Account admin() {
    String email = System.getProperty("vitrina.admin.email");
    String password = System.getProperty("vitrina.admin.password");
    Response login = login(email, password).then().statusCode(200).extract().response();
    return new Account(
        null, email, password, login.path("accessToken"), login.path("refreshToken"));
  }
}
