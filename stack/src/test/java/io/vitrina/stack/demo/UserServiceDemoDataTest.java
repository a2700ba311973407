package io.vitrina.stack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the loader against a small fake of user-service's API on a local HTTP server. */
class UserServiceDemoDataTest {
  private static final String ADMIN = "admin@vitrina.local";
  private static final String ADMIN_PASSWORD = "Admin-pass-123";
  private static final String TOKEN = "admin-token";

  private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
  private final Map<String, String> roles = new ConcurrentHashMap<>();
  private final CountingLog log = new CountingLog();
  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void shouldRegisterEveryoneAndGrantStaffRoles() throws Exception {
    List<String> summary = new UserServiceDemoData().load(context(startFakeUserService()));

    assertEquals(14, users.size());
    assertEquals("James O'Connor", users.get("james.oconnor@example.com").getString("displayName"));
    assertEquals(
        "Lucía Fernández", users.get("lucia.fernandez@example.com").getString("displayName"));
    assertEquals("[\"support-agent\"]", roles.get("agent@vitrina.local"));
    assertEquals("[\"catalog-admin\"]", roles.get("catalog@vitrina.local"));
    assertTrue(summary.get(0).contains("14 new"), summary.toString());
    assertEquals(0, log.warnings.size(), log.warnings.toString());
  }

  @Test
  void shouldTreatAlreadyRegisteredAccountsAsLoaded() throws Exception {
    DemoContext context = context(startFakeUserService());
    new UserServiceDemoData().load(context);
    roles.clear();

    List<String> summary = new UserServiceDemoData().load(context);

    assertTrue(summary.get(0).contains("0 new"), summary.toString());
    assertEquals("[\"support-agent\"]", roles.get("agent@vitrina.local"));
    assertEquals(0, log.warnings.size(), log.warnings.toString());
  }

  @Test
  void shouldWarnOnceAndGoOnWhenTheApiIsMissing() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> respond(exchange, 404, "<html>\n<body>Not found</body>"));
    server.start();

    List<String> summary = new UserServiceDemoData().load(context(url()));

    assertEquals(1, log.warnings.size(), log.warnings.toString());
    assertTrue(log.warnings.get(0).contains("HTTP 404 <html> <body>"), log.warnings.get(0));
    assertTrue(summary.get(0).startsWith("not loaded"), summary.toString());
  }

  private URI startFakeUserService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/auth/register",
        exchange -> {
          JsonObject body = body(exchange);
          if (users.putIfAbsent(body.getString("email"), body) != null) {
            respond(exchange, 409, "{}");
          } else {
            respond(exchange, 201, "{}");
          }
        });
    server.createContext(
        "/api/auth/login",
        exchange -> {
          JsonObject body = body(exchange);
          boolean admin =
              ADMIN.equals(body.getString("email"))
                  && ADMIN_PASSWORD.equals(body.getString("password"));
          respond(exchange, admin ? 200 : 401, "{\"accessToken\":\"" + TOKEN + "\"}");
        });
    server.createContext(
        "/api/users",
        exchange -> {
          if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{}");
            return;
          }
          String path = exchange.getRequestURI().getPath();
          if ("GET".equals(exchange.getRequestMethod())) {
            String q =
                URLDecoder.decode(
                    exchange.getRequestURI().getRawQuery().substring(2), StandardCharsets.UTF_8);
            String items =
                users.containsKey(q) ? "{\"id\":" + q.length() + ",\"email\":\"" + q + "\"}" : "";
            respond(exchange, 200, "{\"items\":[" + items + "],\"total\":1}");
          } else if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/roles")) {
            String id = path.split("/")[3];
            String email =
                users.keySet().stream()
                    .filter(e -> Integer.toString(e.length()).equals(id))
                    .findFirst()
                    .orElseThrow();
            roles.put(email, body(exchange).getJsonArray("roles").toString());
            respond(exchange, 200, "{}");
          } else {
            respond(exchange, 405, "{}");
          }
        });
    server.start();
    return url();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private DemoContext context(URI url) {
    return new DemoContext(
        Map.of("user-service", url),
        ADMIN,
        ADMIN_PASSWORD,
        "Demo-pass-2026!",
        HttpClient.newHttpClient(),
        log);
  }

  private static JsonObject body(HttpExchange exchange) throws IOException {
    String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static final class CountingLog extends SystemStreamLog {
    final List<String> warnings = new ArrayList<>();

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
      super.warn(content);
    }
  }
}
