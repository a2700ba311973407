package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the switchboard routes requests to the broker, the servers and the proxies. */
class FaultControlTest {
  private final FaultControl control = new FaultControl();
  private final FakeTarget broker = new FakeTarget("broker");
  private final FakeTarget orders = new FakeTarget("order-service");
  private ServerSocket upstream;
  private FaultProxy proxy;

  @BeforeEach
  void register() throws IOException {
    upstream = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    control.broker(broker);
    control.server("order-service", orders);
    proxy = control.add("catalog", new InetSocketAddress("127.0.0.1", upstream.getLocalPort()));
  }

  @AfterEach
  void close() throws IOException {
    proxy.down();
    upstream.close();
  }

  @Test
  void shouldStopAndStartTheBroker() {
    assertEquals(204, control.answer("POST", "/broker/stop").status());
    assertEquals(List.of("stop"), broker.calls);
    assertTrue(control.answer("GET", "/").body().contains("/broker=stopped\n"));

    assertEquals(204, control.answer("POST", "/broker/start").status());
    assertEquals(List.of("stop", "start"), broker.calls);
    assertTrue(control.answer("GET", "/").body().contains("/broker=running\n"));
  }

  @Test
  void shouldKillAndStartAServerByItsName() {
    assertEquals(204, control.answer("POST", "/servers/order-service/kill").status());
    assertTrue(control.answer("GET", "/").body().contains("/servers/order-service=stopped\n"));

    assertEquals(204, control.answer("POST", "/servers/order-service/start/").status());
    assertEquals(List.of("stop", "start"), orders.calls);
    assertTrue(control.answer("GET", "/").body().contains("/servers/order-service=running\n"));
  }

  @Test
  void shouldStillSwitchAProxyNamedLikeTheBroker() throws IOException {
    FaultProxy brokerProxy =
        control.add("broker", new InetSocketAddress("127.0.0.1", upstream.getLocalPort()));
    try {
      assertEquals(204, control.answer("POST", "/broker/down").status());
      assertFalse(brokerProxy.isUp());
      assertEquals(List.of(), broker.calls, "the broker itself is left alone");
      assertTrue(control.answer("GET", "/").body().contains("broker=down\n"));
      assertEquals(204, control.answer("POST", "/broker/up").status());
      assertTrue(brokerProxy.isUp());
    } finally {
      brokerProxy.down();
    }
  }

  @Test
  void shouldAnswer404ForWhatItDoesNotKnow() {
    assertEquals(404, control.answer("POST", "/servers/nothing/kill").status());
    assertEquals(404, control.answer("POST", "/servers/order-service/explode").status());
    assertEquals(404, control.answer("POST", "/servers/order-service").status());
    assertEquals(404, control.answer("POST", "/servers/order-service/kill/now").status());
    assertEquals(404, control.answer("POST", "/nothing/down").status());
    assertEquals(404, control.answer("POST", "/catalog/sideways").status());
    assertEquals(List.of(), orders.calls);
  }

  @Test
  void shouldAnswer404ForTheBrokerOfABuildWithoutAnEmbeddedOne() {
    FaultControl external = new FaultControl();

    FaultControl.Answer answer = external.answer("POST", "/broker/stop");

    assertEquals(404, answer.status());
    assertTrue(answer.body().contains("embedded broker"), answer.body());
  }

  @Test
  void shouldAnswer405ForAnotherMethodOnAKnownPath() {
    FaultControl.Answer get = control.answer("GET", "/servers/order-service/kill");
    assertEquals(405, get.status());
    assertEquals("POST", get.allow());
    assertEquals(405, control.answer("DELETE", "/broker/stop").status());
    assertEquals(405, control.answer("PUT", "/catalog/down").status());
    FaultControl.Answer post = control.answer("POST", "/");
    assertEquals(405, post.status());
    assertEquals("GET", post.allow());
    assertEquals(List.of(), orders.calls);
    assertEquals(List.of(), broker.calls);
    assertTrue(proxy.isUp());
  }

  @Test
  void shouldAnswer500WithTheReasonWhenAStartFails() {
    orders.failStart = true;

    FaultControl.Answer answer = control.answer("POST", "/servers/order-service/start");

    assertEquals(500, answer.status());
    assertTrue(answer.body().contains("order-service did not come up"), answer.body());
    assertTrue(answer.body().contains("CWWKZ0002E"), answer.body());
  }

  @Test
  void shouldServeTheSameAnswersOverHttp() throws Exception {
    FaultControl shared = FaultControl.get();
    FakeTarget server = new FakeTarget("fault-control-test");
    shared.server("fault-control-test", server);
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> killed = send(http, shared, "POST", "/servers/fault-control-test/kill");
    HttpResponse<String> wrongMethod =
        send(http, shared, "GET", "/servers/fault-control-test/start");
    HttpResponse<String> unknown = send(http, shared, "POST", "/servers/unknown-server/start");

    assertEquals(204, killed.statusCode());
    assertEquals(List.of("stop"), server.calls);
    assertEquals(405, wrongMethod.statusCode());
    assertEquals(Optional.of("POST"), wrongMethod.headers().firstValue("Allow"));
    assertEquals(404, unknown.statusCode());
    assertTrue(
        send(http, shared, "GET", "/").body().contains("/servers/fault-control-test=stopped"));
  }

  private static HttpResponse<String> send(
      HttpClient http, FaultControl control, String method, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(control.url() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Records what the switchboard asked of it. */
  private static final class FakeTarget implements FaultControl.Target {
    final String name;
    final List<String> calls = new ArrayList<>();
    boolean running = true;
    boolean failStart;

    FakeTarget(String name) {
      this.name = name;
    }

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public void stop() {
      calls.add("stop");
      running = false;
    }

    @Override
    public void start() throws StackException {
      calls.add("start");
      if (failStart) {
        throw new StackException(name + " did not come up");
      }
      running = true;
    }

    @Override
    public Optional<String> diagnostics() {
      return Optional.of("E CWWKZ0002E: An exception occurred while starting the application");
    }
  }
}
