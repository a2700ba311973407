package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import io.vitrina.user.it.Accounts.Account;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class AdminIT {

  @Test
  void shouldSearchUsersByEmail() {
    Account admin = Accounts.admin();
    Account customer = Accounts.newCustomer();
    given()
        .header("Authorization", admin.bearer())
        .queryParam("q", customer.email())
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(customer.id()))
        .body("items[0].email", equalTo(customer.email()));
  }

  @Test
  void shouldPageUsersAndRefuseHugePages() {
    Account admin = Accounts.admin();
    Accounts.newCustomer();
    given()
        .header("Authorization", admin.bearer())
        .queryParam("page", 0)
        .queryParam("size", 1)
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("size", equalTo(1));
    given()
        .header("Authorization", admin.bearer())
        .queryParam("size", 100000)
        .get("/api/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldAssignRolesThatTheNextTokenCarries() {
    Account admin = Accounts.admin();
    Account customer = Accounts.newCustomer();
    given()
        .header("Authorization", admin.bearer())
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"customer\",\"support-agent\"]}")
        .put("/api/users/" + customer.id() + "/roles")
        .then()
        .statusCode(200)
        .body("roles", hasItems("customer", "support-agent"));

    Accounts.refresh(customer.refreshToken()).then().statusCode(200);
    Account again = Accounts.loginAs(customer.id(), customer.email(), customer.password());
    given()
        .header("Authorization", again.bearer())
        .get("/api/me")
        .then()
        .body("roles", hasItem("support-agent"));
  }

  @Test
  void shouldRejectUnknownRole() {
    Account admin = Accounts.admin();
    Account customer = Accounts.newCustomer();
    given()
        .header("Authorization", admin.bearer())
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"superuser\"]}")
        .put("/api/users/" + customer.id() + "/roles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldDisableAndEnableAccount() {
    Account admin = Accounts.admin();
    Account customer = Accounts.newCustomer();
    given()
        .header("Authorization", admin.bearer())
        .post("/api/users/" + customer.id() + "/disable")
        .then()
        .statusCode(204);
    Accounts.login(customer.email(), customer.password()).then().statusCode(401);
    Accounts.refresh(customer.refreshToken()).then().statusCode(401);

    given()
        .header("Authorization", admin.bearer())
        .post("/api/users/" + customer.id() + "/enable")
        .then()
        .statusCode(204);
    Accounts.login(customer.email(), customer.password()).then().statusCode(200);
  }

  @Test
  void shouldAnswerNotFoundForUnknownUser() {
    given()
        .header("Authorization", Accounts.admin().bearer())
        .get("/api/users/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldForbidCustomersOnAdminEndpoints() {
    Account customer = Accounts.newCustomer();
    given().header("Authorization", customer.bearer()).get("/api/users").then().statusCode(403);
    given()
        .header("Authorization", customer.bearer())
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"admin\"]}")
        .put("/api/users/" + customer.id() + "/roles")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", customer.bearer())
        .get("/api/me")
        .then()
        .body("roles", org.hamcrest.Matchers.not(hasItem("admin")));
  }

  @Test
  void shouldRequireTokenOnAdminEndpoints() {
    given().get("/api/users").then().statusCode(401);
  }
}
