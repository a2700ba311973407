package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;

/**
 * The build's fault control ({@code vitrina.faults.url}), as the fault tests use it: fault proxies
 * down and up, the broker stopped abruptly and started again, a service's JVM killed and started
 * again. Every call returns once the change is done; starting what runs changes nothing, so a test
 * restores everything in its {@code @AfterEach} whatever happened.
 */
final class Switchboard {
  static final String URL = System.getProperty("vitrina.faults.url");

  /** The services' base URLs, each answering {@code /health/ready}. */
  static final List<String> SERVICES =
      List.of(Journey.USERS, Journey.CATALOG, Journey.ORDERS, Journey.SUPPORT);

  private Switchboard() {}

  /** {@code down} or {@code up}. */
  static void proxy(String name, String state) {
    post("/" + name + "/" + state);
  }

  /** Stops the broker as a crash would: what its journal holds survives. */
  static void stopBroker() {
    post("/broker/stop");
  }

  static void startBroker() {
    post("/broker/start");
  }

  /** SIGKILLs the server's JVM, e.g. {@code order-service}. */
  static void kill(String server) {
    post("/servers/" + server + "/kill");
  }

  /** Starts the server again as the build did, and returns when it is ready. */
  static void start(String server) {
    post("/servers/" + server + "/start");
  }

  /** Waits until every service answers its readiness check. */
  static void awaitAllReady() {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () ->
                SERVICES.stream()
                    .allMatch(
                        url -> given().baseUri(url).get("/health/ready").statusCode() == 200));
  }

  private static void post(String path) {
    Response answer = given().baseUri(URL).post(path);
    if (answer.statusCode() != 204) {
      throw new AssertionError(
          "POST " + URL + path + " answered " + answer.statusCode() + ":\n" + answer.asString());
    }
  }
}
