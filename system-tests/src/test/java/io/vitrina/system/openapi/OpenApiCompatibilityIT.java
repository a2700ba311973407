package io.vitrina.system.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards each service's REST contract: the OpenAPI document the running server serves is compared
 * with the one committed under {@code docs/api/}. An incompatible change fails and lists what
 * broke; a compatible one passes, listing what was added and showing the diff, so that the
 * committed file is brought up to date ({@code -Dvitrina.openapi.update=true} rewrites it from the
 * served one).
 */
class OpenApiCompatibilityIT {

  private static final Path COMMITTED = Path.of(System.getProperty("vitrina.openapi.dir"));
  private static final boolean UPDATE = Boolean.getBoolean("vitrina.openapi.update");
  private static final String UPDATE_HINT =
      "./mvnw verify -pl system-tests -Dit.test=OpenApiCompatibilityIT -Dvitrina.openapi.update=true";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "user-service, vitrina.users.url",
    "catalog-service, vitrina.catalog.url",
    "order-service, vitrina.orders.url",
    "support-service, vitrina.support.url"
  })
  void shouldServeADocumentCompatibleWithTheCommittedOne(String service, String urlProperty)
      throws IOException {
    String served =
        OpenApiDocuments.write(
            OpenApiDocuments.parse(
                given()
                    .baseUri(System.getProperty(urlProperty))
                    .queryParam("format", "JSON")
                    .get("/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString()));
    Path file = COMMITTED.resolve(service + ".json");
    if (UPDATE) {
      Files.createDirectories(COMMITTED);
      Files.writeString(file, served, StandardCharsets.UTF_8);
      System.out.println("Wrote " + file.normalize());
      return;
    }
    assertTrue(
        Files.exists(file),
        () ->
            "No committed OpenAPI document "
                + file.normalize()
                + "; create it with "
                + UPDATE_HINT);

    String committed = Files.readString(file, StandardCharsets.UTF_8);
    if (committed.equals(served)) {
      return;
    }
    OpenApiCompatibility.Report report =
        OpenApiCompatibility.compare(
            OpenApiDocuments.parse(committed), OpenApiDocuments.parse(served));
    String diff =
        LineDiff.unified("docs/api/" + service + ".json", committed, service + " /openapi", served);
    StringBuilder message = new StringBuilder();
    if (!report.compatible()) {
      message.append(service).append(" broke its published API:\n");
      report.breaking().forEach(line -> message.append("  BREAKING ").append(line).append('\n'));
    } else {
      message.append(service).append(" changed its API compatibly:\n");
    }
    report.additions().forEach(line -> message.append("  added    ").append(line).append('\n'));
    message
        .append("Normalised diff, committed → served:\n")
        .append(diff)
        .append(
            report.compatible()
                ? "Update the committed document with: "
                : "If the break is intended (a new major version, clients told), update with: ")
        .append(UPDATE_HINT)
        .append('\n');
    System.out.println(message);
    if (!report.compatible()) {
      fail(message.toString());
    }
  }
}
