package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy in front of a small echo server, switched through the HTTP control. */
class FaultProxyTest {
  private ServerSocket echo;
  private FaultControl control;
  private FaultProxy proxy;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    echo = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    Thread server =
        new Thread(
            () -> {
              while (!echo.isClosed()) {
                try {
                  Socket socket = echo.accept();
                  Thread copy =
                      new Thread(
                          () -> {
                            try (socket;
                                InputStream in = socket.getInputStream();
                                OutputStream out = socket.getOutputStream()) {
                              in.transferTo(out);
                            } catch (IOException ignored) {
                              // The test cut the connection.
                            }
                          });
                  copy.setDaemon(true);
                  copy.start();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    server.setDaemon(true);
    server.start();
    control = FaultControl.get();
    proxy = control.add("echo", new InetSocketAddress("127.0.0.1", echo.getLocalPort()));
  }

  @AfterEach
  void stop() throws IOException {
    proxy.down();
    echo.close();
  }

  @Test
  void shouldCopyBytesBothWays() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", proxy.port())) {
      assertEquals("ping", roundTrip(socket, "ping"));
    }
  }

  @Test
  void shouldCutConnectionsAndRefuseNewOnesWhenDownAndServeAgainWhenUp() throws Exception {
    Socket before = new Socket("127.0.0.1", proxy.port());
    assertEquals("one", roundTrip(before, "one"));

    assertEquals(204, post("/echo/down"));

    assertEquals(-1, before.getInputStream().read(), "the open connection is cut");
    before.close();
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", proxy.port()).close());
    assertTrue(get().contains("echo=down"), get());

    assertEquals(204, post("/echo/up"));

    try (Socket after = new Socket("127.0.0.1", proxy.port())) {
      assertEquals("two", roundTrip(after, "two"));
    }
    assertTrue(get().contains("echo=up"), get());
  }

  @Test
  void shouldAnswer404ForAnUnknownProxyOrSwitch() throws Exception {
    assertEquals(404, post("/nothing/down"));
    assertEquals(404, post("/echo/sideways"));
  }

  private static String roundTrip(Socket socket, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
  }

  private int post(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(control.url() + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String get() throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(control.url() + "/")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
