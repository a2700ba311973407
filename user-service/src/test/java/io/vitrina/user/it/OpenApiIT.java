package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The published OpenAPI document: every endpoint there, every error a problem+json body. */
@MicroShedTest
class OpenApiIT {

  @Test
  void shouldDocumentEndpointsAndErrorsAsProblems() {
    given()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/auth/register'.post", notNullValue())
        .body("paths.'/api/jwks'.get", notNullValue())
        .body(
            "paths.'/api/users/{id}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
            equalTo("#/components/schemas/Problem"))
        .body(
            "paths.'/api/auth/register'.post.responses.'409'.content.'application/problem+json'",
            notNullValue())
        .body("components.schemas.Problem.properties.violations", notNullValue());
  }

  @Test
  void shouldServeSwaggerUi() {
    given().get("/openapi/ui/").then().statusCode(200);
  }
}
