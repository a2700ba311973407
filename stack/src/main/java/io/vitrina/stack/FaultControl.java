package io.vitrina.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.maven.plugin.logging.Log;

/**
 * The fault tests' switchboard: a small HTTP server on loopback, one per build JVM, that takes the
 * {@link FaultProxy proxies} down and up, crashes and restarts the embedded broker, and kills and
 * restarts the Liberty servers this build started.
 *
 * <ul>
 *   <li>{@code GET /} — one line per switch: {@code <proxy>=up|down}, {@code
 *       /broker=running|stopped}, {@code /servers/<name>=running|stopped}
 *   <li>{@code POST /<proxy>/down}, {@code POST /<proxy>/up} — 204; 404 for an unknown proxy
 *   <li>{@code POST /broker/stop} — 204 once the embedded broker is stopped as abruptly as it can
 *       be ({@link EmbeddedBroker#crash}): clients are not told, what its persistent journal holds
 *       survives. {@code POST /broker/start} — 204 once it runs again on the same port and journal.
 *       404 when this build uses an external broker.
 *   <li>{@code POST /servers/<name>/kill} — 204 once that Liberty server's JVM is gone: SIGKILL by
 *       its pid, no clean shutdown. {@code POST /servers/<name>/start} — 204 once it is ready
 *       again, started as server-start started it (same environment, ports, test configuration);
 *       500 with the reason and the end of its messages.log when it does not come up. 404 for a
 *       server this build did not start.
 * </ul>
 *
 * Stopping what is stopped, or starting what runs (waiting for it to be ready), is a 204 that
 * changes nothing, so a test can restore everything after itself whatever happened. Another method
 * on a known path is 405. The broker and the servers register here when infra-start and
 * server-start start them; the HTTP server itself starts with the first fault proxy, which
 * publishes its URL.
 */
final class FaultControl {
  /** Something the switchboard stops abruptly and starts again. */
  interface Target {
    boolean isRunning();

    /** Stops at once, as a crash would; nothing happens when it is not running. */
    void stop() throws StackException;

    /** Starts again and returns when it is ready; when it runs, waits until it is ready. */
    void start() throws StackException;

    /** What may explain a failed start, such as the end of a log; empty when nothing does. */
    default Optional<String> diagnostics() {
      return Optional.empty();
    }
  }

  /** An HTTP answer: status, plain-text body, and the methods allowed for a 405. */
  record Answer(int status, String body, String allow) {
    static Answer noContent() {
      return new Answer(204, "", null);
    }

    static Answer of(int status, String body) {
      return new Answer(status, body, null);
    }
  }

  private static final FaultControl INSTANCE = new FaultControl();
  private static HttpServer server;
  private static ExecutorService executor;

  private final Map<String, FaultProxy> proxies = new ConcurrentHashMap<>();
  private final Map<String, Target> servers = new ConcurrentHashMap<>();
  private volatile Target broker;

  /** A switchboard of its own, for tests; the build's is {@link #registry()}. */
  FaultControl() {}

  /** The switchboard of this JVM, without starting its HTTP server. */
  static FaultControl registry() {
    return INSTANCE;
  }

  /** The switchboard of this JVM, its HTTP server started on first use. */
  static synchronized FaultControl get() throws IOException {
    if (server == null) {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(EmbeddedBroker.HOST, Ports.free()), 0);
      // A server start can take minutes: it must not hold up the other switches.
      ExecutorService threads =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "vitrina-fault-control");
                thread.setDaemon(true);
                return thread;
              });
      http.setExecutor(threads);
      http.createContext("/", INSTANCE::handle);
      http.start();
      ShutdownHooks.register("the fault control", FaultControl::stopServer);
      server = http;
      executor = threads;
    }
    return INSTANCE;
  }

  String url() {
    return "http://" + EmbeddedBroker.HOST + ":" + server.getAddress().getPort();
  }

  /** Starts a proxy to the target on a free port, up. */
  FaultProxy add(String name, InetSocketAddress target) throws IOException {
    FaultProxy proxy = new FaultProxy(name, Ports.rebindable(), target);
    FaultProxy previous = proxies.put(name, proxy);
    if (previous != null) {
      previous.down();
    }
    proxy.up();
    return proxy;
  }

  /** Makes the broker switchable; the last registered one wins. */
  void broker(Target target) {
    broker = target;
  }

  /** Makes a server switchable by its name; a server registered again replaces the earlier. */
  void server(String name, Target target) {
    servers.put(name, target);
  }

  private static synchronized void stopServer() {
    INSTANCE.proxies.values().forEach(FaultProxy::down);
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** Answers one request: {@code path} is the request path, e.g. {@code /servers/x/kill}. */
  Answer answer(String method, String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    String[] segments = trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    if (segments.length == 0) {
      return "GET".equals(method) ? Answer.of(200, status()) : notAllowed("GET");
    }
    if (segments.length == 3 && "servers".equals(segments[0])) {
      return switchTarget(method, servers.get(segments[1]), segments[2], "kill", "server", path);
    }
    if (segments.length != 2) {
      return Answer.of(404, "no switch at " + path + "\n");
    }
    if ("broker".equals(segments[0]) && isOneOf(segments[1], "stop", "start")) {
      return switchTarget(method, broker, segments[1], "stop", "embedded broker", path);
    }
    if (!"POST".equals(method)) {
      return notAllowed("POST");
    }
    FaultProxy proxy = proxies.get(segments[0]);
    if (proxy == null) {
      return Answer.of(404, "no proxy " + segments[0] + "\n");
    }
    switch (segments[1]) {
      case "down" -> proxy.down();
      case "up" -> {
        try {
          proxy.up();
        } catch (IOException e) {
          return Answer.of(500, "proxy " + segments[0] + " cannot listen again: " + e + "\n");
        }
      }
      default -> {
        return Answer.of(404, "down or up, not " + segments[1] + "\n");
      }
    }
    return Answer.noContent();
  }

  private static Answer switchTarget(
      String method, Target target, String action, String stopAction, String kind, String path) {
    if (target == null) {
      return Answer.of(404, "no " + kind + " at " + path + " in this build\n");
    }
    if (!isOneOf(action, stopAction, "start")) {
      return Answer.of(404, stopAction + " or start, not " + action + "\n");
    }
    if (!"POST".equals(method)) {
      return notAllowed("POST");
    }
    try {
      if ("start".equals(action)) {
        target.start();
      } else {
        target.stop();
      }
      return Answer.noContent();
    } catch (StackException | RuntimeException e) {
      StringBuilder body = new StringBuilder(String.valueOf(e.getMessage())).append('\n');
      target
          .diagnostics()
          .ifPresent(text -> body.append("\nLast lines of its log:\n").append(text).append('\n'));
      return Answer.of(500, body.toString());
    }
  }

  private String status() {
    StringBuilder body = new StringBuilder();
    new TreeMap<>(proxies)
        .forEach(
            (name, proxy) ->
                body.append(name).append('=').append(proxy.isUp() ? "up" : "down").append('\n'));
    Target current = broker;
    if (current != null) {
      body.append("/broker=").append(state(current)).append('\n');
    }
    new TreeMap<>(servers)
        .forEach(
            (name, target) ->
                body.append("/servers/")
                    .append(name)
                    .append('=')
                    .append(state(target))
                    .append('\n'));
    return body.toString();
  }

  private static String state(Target target) {
    return target.isRunning() ? "running" : "stopped";
  }

  private static boolean isOneOf(String value, String first, String second) {
    return first.equals(value) || second.equals(value);
  }

  private static Answer notAllowed(String allow) {
    return new Answer(405, allow + " only\n", allow);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
      if (answer.allow() != null) {
        exchange.getResponseHeaders().set("Allow", answer.allow());
      }
      if (answer.status() == 204) {
        exchange.sendResponseHeaders(204, -1);
        return;
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The embedded broker as a switch: stop is {@link EmbeddedBroker#crash}. */
  static Target brokerTarget(EmbeddedBroker broker, Log log) {
    return new Target() {
      @Override
      public boolean isRunning() {
        return broker.isRunning();
      }

      @Override
      public void stop() throws StackException {
        if (broker.isRunning()) {
          broker.crash();
          log.warn("Artemis on port " + broker.port() + " stopped abruptly (fault control)");
        }
      }

      @Override
      public void start() throws StackException {
        if (!broker.isRunning()) {
          Duration took = broker.restart();
          log.info(
              "Artemis started again on port "
                  + broker.port()
                  + " in "
                  + took.toMillis()
                  + " ms (fault control)");
        }
      }
    };
  }

  /** A Liberty server as a switch: stop is SIGKILL, start is server-start's start. */
  static Target serverTarget(LibertyServer server, int httpPort, Duration readyTimeout) {
    return new Target() {
      @Override
      public boolean isRunning() {
        return server.isAlive();
      }

      @Override
      public synchronized void stop() throws StackException {
        server.kill(Duration.ofSeconds(60));
      }

      @Override
      public synchronized void start() throws StackException {
        if (server.isAlive()) {
          server.awaitReady(httpPort, readyTimeout);
        } else {
          server.start(httpPort, readyTimeout);
        }
      }

      @Override
      public Optional<String> diagnostics() {
        return server.messagesTail(40);
      }
    };
  }
}
