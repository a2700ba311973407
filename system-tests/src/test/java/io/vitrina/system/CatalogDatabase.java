package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * catalog-service's database as the fault tests switch it: the build put a fault proxy between
 * catalog-service and MariaDB, so taking it down is what a stopped database means to the service
 * (open connections cut, new ones refused) while the broker and the other services stay.
 */
final class CatalogDatabase {
  private static final String FAULTS = System.getProperty("vitrina.faults.url");
  private static final String PROXY = "catalog-db";

  private CatalogDatabase() {}

  /** Stops the database for catalog-service and waits until its readiness says so. */
  static void stop() {
    switchTo("down");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ready() == 503);
  }

  /** Starts it again and waits until catalog-service is ready, without restarting the service. */
  static void start() {
    switchTo("up");
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> ready() == 200);
  }

  /** The status of catalog-service's readiness probe. */
  static int ready() {
    return given().baseUri(Journey.CATALOG).get("/health/ready").statusCode();
  }

  private static void switchTo(String state) {
    given().baseUri(FAULTS).post("/" + PROXY + "/" + state).then().statusCode(204);
  }
}
