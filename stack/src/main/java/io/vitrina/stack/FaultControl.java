package io.vitrina.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fault tests' switchboard: a small HTTP server on loopback, one per build JVM, that takes the
 * {@link FaultProxy proxies} down and up.
 *
 * <ul>
 *   <li>{@code GET /} — {@code name=up|down} per line
 *   <li>{@code POST /<name>/down}, {@code POST /<name>/up} — 204; 404 for an unknown proxy
 * </ul>
 */
final class FaultControl {
  private static FaultControl instance;

  private final Map<String, FaultProxy> proxies = new ConcurrentHashMap<>();
  private final HttpServer server;

  private FaultControl(HttpServer server) {
    this.server = server;
  }

  /** The switchboard of this JVM, started on first use. */
  static synchronized FaultControl get() throws IOException {
    if (instance == null) {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(EmbeddedBroker.HOST, Ports.free()), 0);
      FaultControl control = new FaultControl(server);
      server.createContext("/", control::handle);
      server.start();
      ShutdownHooks.register("the fault control", control::stop);
      instance = control;
    }
    return instance;
  }

  String url() {
    return "http://" + EmbeddedBroker.HOST + ":" + server.getAddress().getPort();
  }

  /** Starts a proxy to the target on a free port, up. */
  FaultProxy add(String name, InetSocketAddress target) throws IOException {
    FaultProxy proxy = new FaultProxy(name, Ports.free(), target);
    FaultProxy previous = proxies.put(name, proxy);
    if (previous != null) {
      previous.down();
    }
    proxy.up();
    return proxy;
  }

  private void stop() {
    proxies.values().forEach(FaultProxy::down);
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
      String method = exchange.getRequestMethod();
      if ("GET".equals(method) && path.length == 1 && path[0].isEmpty()) {
        StringBuilder body = new StringBuilder();
        new TreeMap<>(proxies)
            .forEach(
                (name, proxy) ->
                    body.append(name)
                        .append('=')
                        .append(proxy.isUp() ? "up" : "down")
                        .append('\n'));
        respond(exchange, 200, body.toString());
        return;
      }
      if (!"POST".equals(method) || path.length != 2) {
        respond(exchange, 405, "POST /<name>/down or /<name>/up\n");
        return;
      }
      FaultProxy proxy = proxies.get(path[0]);
      if (proxy == null) {
        respond(exchange, 404, "no proxy " + path[0] + "\n");
        return;
      }
      switch (path[1]) {
        case "down" -> proxy.down();
        case "up" -> proxy.up();
        default -> {
          respond(exchange, 404, "down or up, not " + path[1] + "\n");
          return;
        }
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
