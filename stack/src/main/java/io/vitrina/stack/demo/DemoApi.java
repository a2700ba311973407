package io.vitrina.stack.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One service's REST API as the demo loaders use it: JSON in and out, a bearer token when given,
 * and every surprise (no answer, an unexpected status, a body that is not JSON) a warning in the
 * Maven log rather than an exception.
 */
final class DemoApi {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final String service;
  private final URI base;
  private final DemoContext context;

  DemoApi(String service, URI base, DemoContext context) {
    this.service = service;
    this.base = base;
    this.context = context;
  }

  /** A POST of a JSON body. */
  HttpRequest post(String path, JsonStructure body, String token) {
    return json(path, token).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  /** A PUT of a JSON body. */
  HttpRequest put(String path, JsonStructure body, String token) {
    return json(path, token).PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  /** A PATCH of a JSON body. */
  HttpRequest patch(String path, JsonStructure body, String token) {
    return json(path, token)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  HttpRequest get(String path, String token) {
    return request(path, token).GET().build();
  }

  /** A multipart/form-data POST of one file part. */
  HttpRequest postFile(
      String path, String part, String fileName, String contentType, byte[] bytes, String token) {
    String boundary = "vitrina-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 256);
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request(path, token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
  }

  private HttpRequest.Builder json(String path, String token) {
    return request(path, token).header("Content-Type", "application/json");
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  /** Sends the request; empty (with a warning) when the service does not answer. */
  Optional<HttpResponse<String>> send(HttpRequest request) throws InterruptedException {
    try {
      return Optional.of(context.http().send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      context.log().warn("Demo data: " + request.method() + " " + request.uri() + " failed: " + e);
      return Optional.empty();
    }
  }

  /** Sends the request and reads a JSON object from a 200 answer; a warning for anything else. */
  Optional<JsonObject> sendForObject(HttpRequest request, String action)
      throws InterruptedException {
    Optional<HttpResponse<String>> response = send(request);
    if (response.isEmpty()) {
      return Optional.empty();
    }
    if (response.get().statusCode() / 100 != 2) {
      unexpected(action, response.get());
      return Optional.empty();
    }
    return parse(response.get().body())
        .filter(JsonObject.class::isInstance)
        .map(v -> (JsonObject) v);
  }

  /** Parses a JSON document; empty (with a warning) when the body is not JSON. */
  Optional<JsonStructure> parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.read());
    } catch (RuntimeException e) {
      context
          .log()
          .warn(
              "Demo data: "
                  + service
                  + " answered with something that is not JSON: "
                  + abbreviate(body));
      return Optional.empty();
    }
  }

  /** Logs in through user-service; the access token, or empty with a warning. */
  static Optional<String> login(DemoContext context, String email, String password)
      throws InterruptedException {
    URI users = context.serviceUrls().get(UserServiceDemoData.SERVICE);
    if (users == null) {
      return Optional.empty();
    }
    DemoApi api = new DemoApi(UserServiceDemoData.SERVICE, users, context);
    JsonObject body =
        Json.createObjectBuilder().add("email", email).add("password", password).build();
    return api.sendForObject(api.post("/api/auth/login", body, null), "log in as " + email)
        .map(json -> json.get("accessToken"))
        .filter(JsonString.class::isInstance)
        .map(value -> ((JsonString) value).getString());
  }

  void unexpected(String action, HttpResponse<String> response) {
    context
        .log()
        .warn(
            "Demo data: could not "
                + action
                + ": HTTP "
                + response.statusCode()
                + " "
                + abbreviate(response.body()));
  }

  /** Error pages can be whole HTML documents: one short line is enough for a warning. */
  static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
