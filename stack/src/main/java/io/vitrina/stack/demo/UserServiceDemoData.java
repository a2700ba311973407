package io.vitrina.stack.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customers and staff accounts in user-service: a dozen customers sharing the demo password, a
 * support agent and a catalog administrator, whose roles the administrator grants.
 */
final class UserServiceDemoData implements DemoData {
  static final String SERVICE = "user-service";
  static final String SUPPORT_AGENT = "agent@vitrina.local";
  static final String CATALOG_ADMIN = "catalog@vitrina.local";

  record Account(String displayName, String email) {}

  record StaffAccount(String displayName, String email, String role) {}

  static final List<Account> CUSTOMERS =
      List.of(
          new Account("Lucía Fernández", "lucia.fernandez@example.com"),
          new Account("Javier Moreno", "javier.moreno@example.com"),
          new Account("Carmen Ruiz Ortega", "carmen.ruiz@example.com"),
          new Account("Alejandro Torres", "alejandro.torres@example.com"),
          new Account("Marta Jiménez", "marta.jimenez@example.com"),
          new Account("Diego Navarro", "diego.navarro@example.com"),
          new Account("Emily Carter", "emily.carter@example.com"),
          new Account("James O'Connor", "james.oconnor@example.com"),
          new Account("Olivia Bennett", "olivia.bennett@example.com"),
          new Account("Noah Patel", "noah.patel@example.com"),
          new Account("Grace Holloway", "grace.holloway@example.com"),
          new Account("Daniel Okafor", "daniel.okafor@example.com"));

  static final List<StaffAccount> STAFF =
      List.of(
          new StaffAccount("Ana Soporte", SUPPORT_AGENT, "support-agent"),
          new StaffAccount("Carlos Catálogo", CATALOG_ADMIN, "catalog-admin"));

  @Override
  public String service() {
    return SERVICE;
  }

  @Override
  public List<String> load(DemoContext context) throws InterruptedException {
    URI base = context.serviceUrls().get(SERVICE);
    List<String> summary = new ArrayList<>();
    if (base == null) {
      return summary;
    }
    Api api = new Api(base, context);
    int created = 0;
    List<Account> everyone = new ArrayList<>(CUSTOMERS);
    STAFF.forEach(staff -> everyone.add(new Account(staff.displayName(), staff.email())));
    for (Account account : everyone) {
      switch (api.register(account.displayName(), account.email(), context.demoPassword())) {
        case CREATED -> created++;
        case EXISTS -> {}
        case FAILED -> {
          // One warning is enough: an API that refused one account will refuse the others.
          summary.add("not loaded: user-service answered unexpectedly (see the warning above)");
          return summary;
        }
      }
    }
    summary.add(
        CUSTOMERS.size()
            + " customers and "
            + STAFF.size()
            + " staff ("
            + created
            + " new), e.g. "
            + CUSTOMERS.get(0).email()
            + " / "
            + context.demoPassword());
    Optional<String> token = DemoApi.login(context, context.adminEmail(), context.adminPassword());
    if (token.isEmpty()) {
      context
          .log()
          .warn(
              "Demo data: could not log in as "
                  + context.adminEmail()
                  + "; staff roles not granted");
      return summary;
    }
    for (StaffAccount staff : STAFF) {
      if (api.grantRole(token.get(), staff.email(), staff.role())) {
        summary.add(staff.role() + ": " + staff.email() + " / " + context.demoPassword());
      }
    }
    return summary;
  }

  enum Registration {
    CREATED,
    EXISTS,
    FAILED
  }

  /** The few user-service endpoints the demo data needs; every surprise becomes a warning. */
  private static final class Api {
    private final DemoApi api;
    private final DemoContext context;

    Api(URI base, DemoContext context) {
      this.api = new DemoApi(SERVICE, base, context);
      this.context = context;
    }

    Registration register(String displayName, String email, String password)
        throws InterruptedException {
      JsonObject body =
          Json.createObjectBuilder()
              .add("email", email)
              .add("password", password)
              .add("displayName", displayName)
              .build();
      Optional<HttpResponse<String>> response =
          api.send(api.post("/api/auth/register", body, null));
      if (response.isEmpty()) {
        return Registration.FAILED;
      }
      return switch (response.get().statusCode()) {
        case 200, 201 -> Registration.CREATED;
        case 409 -> Registration.EXISTS;
        default -> {
          api.unexpected("register " + email, response.get());
          yield Registration.FAILED;
        }
      };
    }

    boolean grantRole(String token, String email, String role) throws InterruptedException {
      Optional<String> id = findUserId(token, email);
      if (id.isEmpty()) {
        context
            .log()
            .warn("Demo data: user " + email + " not found; role " + role + " not granted");
        return false;
      }
      JsonObject body =
          Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add(role)).build();
      String path = "/api/users/" + URLEncoder.encode(id.get(), StandardCharsets.UTF_8) + "/roles";
      Optional<HttpResponse<String>> response = api.send(api.put(path, body, token));
      if (response.isPresent() && response.get().statusCode() / 100 == 2) {
        return true;
      }
      response.ifPresent(r -> api.unexpected("grant " + role + " to " + email, r));
      return false;
    }

    private Optional<String> findUserId(String token, String email) throws InterruptedException {
      String path = "/api/users?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
      Optional<JsonObject> json = api.sendForObject(api.get(path, token), "search user " + email);
      if (json.isEmpty() || !(json.get().get("items") instanceof JsonArray items)) {
        return Optional.empty();
      }
      for (JsonValue item : items) {
        if (item instanceof JsonObject user
            && user.get("email") instanceof JsonString found
            && found.getString().equalsIgnoreCase(email)) {
          JsonValue id = user.get("id");
          return Optional.ofNullable(id)
              .map(v -> v instanceof JsonString s ? s.getString() : v.toString());
        }
      }
      return Optional.empty();
    }
  }
}
