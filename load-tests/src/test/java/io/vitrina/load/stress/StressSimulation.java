package io.vitrina.load.stress;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.vitrina.load.benchmark.CommitCeiling;
import io.vitrina.load.benchmark.LatencyStats;
import io.vitrina.stack.demo.DemoContext;
import io.vitrina.stack.demo.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * The stress run: an open-model ramp (new users per second rising in steps, whatever the system's
 * answers, until it saturates) of the ceiling, then of a realistic mix of browsers, buyers and
 * support conversations against the four services, then of the ceiling again. Before the ramp it
 * loads the demo data (as {@code ./mvnw verify -Prun} does) and measures the checkout's ceiling,
 * the plain JDBC insert-and-commit loop, on the same database.
 *
 * <p>The mix, per arriving user: 80% browsers (category tree, listing, product, its images and the
 * first image's bytes, a search), 12% buyers (register, sign in, search in stock, cart, checkout
 * with an Idempotency-Key, pay, order list), 8% support conversations (a demo customer signs in and
 * opens a ticket; an agent signs in, reads the queue, replies, reads the ticket's version and
 * resolves it). Users think between pages, 0.2 to 1 s.
 *
 * <p>Assertions mark the report only (the build does not fail on timing). Every response is also
 * recorded with the moment it ended ({@link Recorder}), for {@link StressSummary}.
 */
public class StressSimulation extends Simulation {

  static final String CEILING_FIRST = "ceiling-first";
  static final String MIX = "mix";
  static final String CEILING_LAST = "ceiling-last";

  /** The demo accounts' password, as the run goal's default. */
  static final String DEMO_PASSWORD =
      System.getProperty("vitrina.demo.password", "Vitrina-demo-2026!");

  static final String AGENT = "agent@vitrina.local";

  static final List<String> DEMO_CUSTOMERS =
      List.of(
          "lucia.fernandez@example.com",
          "javier.moreno@example.com",
          "carmen.ruiz@example.com",
          "alejandro.torres@example.com",
          "marta.jimenez@example.com",
          "diego.navarro@example.com",
          "emily.carter@example.com",
          "james.oconnor@example.com",
          "olivia.bennett@example.com",
          "noah.patel@example.com",
          "grace.holloway@example.com",
          "daniel.okafor@example.com");

  /** Words of the demo catalog's product names. */
  static final List<String> WORDS =
      List.of(
          "phone",
          "smartphone",
          "pan",
          "wok",
          "kettle",
          "blender",
          "toaster",
          "espresso",
          "lamp",
          "light",
          "armchair",
          "bookcase",
          "table",
          "sideboard",
          "grinder");

  private static final String PASSWORD = "Correct-Horse-9-Battery";
  private static final String LATENCY = "stress.latency";
  private static final String SENT = "stress.sent";

  private static final String ADDRESS =
      "\"shippingAddress\":{\"fullName\":\"Stress Buyer\",\"line1\":\"Calle Mayor 1\","
          + "\"city\":\"Madrid\",\"postalCode\":\"28013\",\"country\":\"ES\"}";
  private static final String CARD =
      "\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":2030,"
          + "\"cvc\":\"123\"}";

  private final String users = required("vitrina.users.url");
  private final String catalog = required("vitrina.catalog.url");
  private final String orders = required("vitrina.orders.url");
  private final String support = required("vitrina.support.url");
  private final String ceiling = required("vitrina.ceiling.url");
  private final int levels = Integer.getInteger("stress.levels", 5);
  private final Duration level = Duration.parse(System.getProperty("stress.level", "PT20S"));
  private final double ceilingRate = rate("stress.ceiling.rate", 250);
  private final double mixRate = rate("stress.mix.rate", 6);
  private final Path out = Path.of(System.getProperty("stress.out", "target/gatling"));

  private final Recorder recorder = new Recorder();
  private final List<StressPhase> phases =
      List.of(
          new StressPhase(CEILING_FIRST, 0, level, levels, ceilingRate),
          new StressPhase(MIX, 0, level, levels, mixRate),
          new StressPhase(CEILING_LAST, 0, level, levels, ceilingRate));

  private final HttpProtocolBuilder protocol =
      http.acceptHeader("application/json")
          .userAgentHeader("vitrina-stress")
          // One pool for every user, as behind a router: a fresh connection per arriving user at
          // hundreds per second would measure the kernel's ephemeral ports, not the services.
          .shareConnections();

  {
    ScenarioBuilder ceilingFirst = ceilingScenario(CEILING_FIRST);
    ScenarioBuilder ceilingLast = ceilingScenario(CEILING_LAST);
    ScenarioBuilder mix =
        scenario("mix of browsers, buyers and support")
            .exec(started(MIX))
            .randomSwitch()
            .on(
                percent(80.0).then(browse()),
                percent(12.0).then(buy()),
                percent(8.0).then(supportConversation()));

    Duration planned = level.multipliedBy(3L * levels);
    setUp(
            ceilingFirst
                .injectOpen(ramp(ceilingRate))
                .andThen(
                    mix.injectOpen(ramp(mixRate))
                        .andThen(ceilingLast.injectOpen(ramp(ceilingRate)))))
        .protocols(protocol)
        // Users still waiting on a saturated system are cut off rather than waited for forever.
        .maxDuration(planned.plus(Duration.ofMinutes(5)))
        .assertions(
            global().failedRequests().percent().lt(1.0),
            forAll().responseTime().percentile(99.0).lt(2000),
            forAll().failedRequests().percent().lt(5.0));
  }

  @Override
  public void before() {
    Map<String, URI> services = new LinkedHashMap<>();
    services.put("user-service", URI.create(users));
    services.put("catalog-service", URI.create(catalog));
    services.put("order-service", URI.create(orders));
    services.put("support-service", URI.create(support));
    DemoContext context =
        new DemoContext(
            services,
            required("vitrina.admin.email"),
            required("vitrina.admin.password"),
            DEMO_PASSWORD,
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build(),
            new SystemStreamLog());
    try {
      for (DemoData data : DemoData.all()) {
        System.out.println("Loading demo data for " + data.service() + "...");
        data.load(context).forEach(line -> System.out.println("  " + line));
      }
      String dbUrl = System.getProperty("stress.db.url", "");
      if (!dbUrl.isBlank()) {
        Duration measured = Duration.parse(System.getProperty("stress.jdbc.duration", "PT20S"));
        int clients = Integer.getInteger("stress.jdbc.clients", 8);
        System.out.printf(
            "Measuring the plain JDBC insert-and-commit loop (%d clients)...%n", clients);
        LatencyStats commits =
            CommitCeiling.measure(
                dbUrl,
                required("stress.db.user"),
                System.getProperty("stress.db.password", ""),
                clients,
                measured);
        JdbcCeiling.of(commits, clients).write(out.resolve(JdbcCeiling.FILE));
        System.out.printf(
            "  %.0f commits/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
            commits.throughput(), commits.p50Millis(), commits.p99Millis(), commits.errors());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before the run", e);
    } catch (Exception e) {
      throw new IllegalStateException("preparing the stress run failed", e);
    }
  }

  @Override
  public void after() {
    recorder.write(out, phases);
  }

  private OpenInjectionStep ramp(double ratePerLevel) {
    return incrementUsersPerSec(ratePerLevel)
        .times(levels)
        .eachLevelLasting(level)
        .startingFrom(ratePerLevel);
  }

  private ScenarioBuilder ceilingScenario(String phase) {
    return scenario(phase)
        .exec(started(phase))
        .exec(session -> session.set("productId", UUID.randomUUID().toString()))
        .exec(
            timed(
                phase,
                "ceiling: product",
                h -> h.get(ceiling + "/api/products/#{productId}").check(status().is(200))));
  }

  private ChainBuilder browse() {
    return exec(timed(
            MIX,
            "catalog: category tree",
            h ->
                h.get(catalog + "/api/categories")
                    .check(
                        status().is(200),
                        jsonPath("$[*].children[*].id").findRandom().saveAs("categoryId"))))
        .pause(think(), thinkMax())
        .exec(
            timed(
                MIX,
                "catalog: category listing",
                h ->
                    h.get(catalog + "/api/categories/#{categoryId}/products?size=20")
                        .check(
                            status().is(200),
                            jsonPath("$.items[*].id").findRandom().saveAs("productId"))))
        .pause(think(), thinkMax())
        .exec(
            timed(
                MIX,
                "catalog: product",
                h -> h.get(catalog + "/api/products/#{productId}").check(status().is(200))))
        .exec(
            timed(
                MIX,
                "catalog: product images",
                h ->
                    h.get(catalog + "/api/products/#{productId}/images")
                        .check(
                            status().is(200), jsonPath("$[0].url").optional().saveAs("imageUrl"))))
        .doIf(session -> session.contains("imageUrl"))
        .then(
            exec(session ->
                    session.set("imageHref", absolute(catalog, session.getString("imageUrl"))))
                .exec(
                    timed(
                        MIX,
                        "catalog: image",
                        h ->
                            h.get("#{imageHref}")
                                .header("Accept", "image/*")
                                .check(status().is(200)))))
        .pause(think(), thinkMax())
        .feed(words())
        .exec(
            timed(
                MIX,
                "catalog: search",
                h -> h.get(catalog + "/api/search?q=#{word}&size=20").check(status().is(200))));
  }

  private ChainBuilder buy() {
    return exec(session -> session.set("email", "buyer-" + UUID.randomUUID() + "@stress.test"))
        .exec(
            timed(
                MIX,
                "user: register",
                h ->
                    h.post(users + "/api/auth/register")
                        .body(
                            StringBody(
                                "{\"email\":\"#{email}\",\"password\":\""
                                    + PASSWORD
                                    + "\",\"displayName\":\"Stress buyer\"}"))
                        .asJson()
                        .check(status().is(201))))
        .exec(signIn("user: login", "#{email}", PASSWORD, "token"))
        .feed(words())
        .exec(
            timed(
                MIX,
                "catalog: search in stock",
                h ->
                    h.get(catalog + "/api/search?q=#{word}&inStock=true&size=20")
                        .check(
                            status().is(200),
                            jsonPath("$.items[*].id").findRandom().saveAs("productId"))))
        .pause(think(), thinkMax())
        .exec(
            timed(
                MIX,
                "order: cart item",
                h ->
                    h.put(orders + "/api/cart/items/#{productId}")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"quantity\":1}"))
                        .asJson()
                        .check(status().is(200))))
        .pause(think(), thinkMax())
        .exec(session -> session.set("checkoutKey", UUID.randomUUID().toString()))
        .exec(
            timed(
                MIX,
                "order: checkout",
                h ->
                    h.post(orders + "/api/orders")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{checkoutKey}")
                        .body(StringBody("{" + ADDRESS + "}"))
                        .asJson()
                        .check(
                            status().is(201),
                            jsonPath("$.status").is("PENDING_PAYMENT"),
                            jsonPath("$.id").saveAs("orderId"))))
        .exec(session -> session.set("paymentKey", UUID.randomUUID().toString()))
        .exec(
            timed(
                MIX,
                "order: pay",
                h ->
                    h.post(orders + "/api/orders/#{orderId}/payment")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{paymentKey}")
                        .body(StringBody("{" + CARD + "}"))
                        .asJson()
                        .check(status().is(200), jsonPath("$.status").is("PAID"))))
        .pause(think(), thinkMax())
        .exec(
            timed(
                MIX,
                "order: order list",
                h ->
                    h.get(orders + "/api/orders")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200))));
  }

  private ChainBuilder supportConversation() {
    return exec(session ->
            session.set(
                "customer",
                DEMO_CUSTOMERS.get(ThreadLocalRandom.current().nextInt(DEMO_CUSTOMERS.size()))))
        .exec(signIn("user: login", "#{customer}", DEMO_PASSWORD, "token"))
        .exec(
            timed(
                MIX,
                "support: open ticket",
                h ->
                    h.post(support + "/api/tickets")
                        .header("Authorization", "Bearer #{token}")
                        .body(
                            StringBody(
                                "{\"type\":\"INQUIRY\",\"subject\":\"Where is my parcel?\","
                                    + "\"body\":\"I ordered last week and have heard nothing since.\"}"))
                        .asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("ticketId"))))
        .pause(think(), thinkMax())
        .exec(signIn("user: login", AGENT, DEMO_PASSWORD, "agentToken"))
        .exec(
            timed(
                MIX,
                "support: agent queue",
                h ->
                    h.get(support + "/api/tickets?status=OPEN&size=20")
                        .header("Authorization", "Bearer #{agentToken}")
                        .check(status().is(200))))
        .exec(
            timed(
                MIX,
                "support: agent reply",
                h ->
                    h.post(support + "/api/tickets/#{ticketId}/messages")
                        .header("Authorization", "Bearer #{agentToken}")
                        .body(
                            StringBody(
                                "{\"body\":\"Your parcel left our warehouse yesterday; tracking follows by"
                                    + " e-mail.\"}"))
                        .asJson()
                        .check(status().in(200, 201))))
        .exec(
            timed(
                MIX,
                "support: ticket",
                h ->
                    h.get(support + "/api/tickets/#{ticketId}")
                        .header("Authorization", "Bearer #{agentToken}")
                        .check(status().is(200), header("ETag").saveAs("ticketTag"))))
        .exec(
            timed(
                MIX,
                "support: resolve",
                h ->
                    h.patch(support + "/api/tickets/#{ticketId}")
                        .header("Authorization", "Bearer #{agentToken}")
                        .header("If-Match", "#{ticketTag}")
                        .body(StringBody("{\"status\":\"RESOLVED\"}"))
                        .asJson()
                        .check(status().is(200), jsonPath("$.status").is("RESOLVED"))));
  }

  private ChainBuilder signIn(String name, String email, String password, String tokenAttribute) {
    return timed(
        MIX,
        name,
        h ->
            h.post(users + "/api/auth/login")
                .body(StringBody("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .asJson()
                .check(status().is(200), jsonPath("$.accessToken").saveAs(tokenAttribute)));
  }

  /**
   * The request, then a record of how it went; a user whose request failed leaves (what follows
   * would fail for want of what it should have returned).
   */
  private ChainBuilder timed(
      String phase, String name, Function<Http, HttpRequestActionBuilder> request) {
    return exec(session -> session.remove(LATENCY).set(SENT, System.currentTimeMillis()))
        .exec(request.apply(http(name)).check(responseTimeInMillis().saveAs(LATENCY)))
        .exec(session -> recorded(phase, name, session))
        .exitHereIfFailed();
  }

  private Session recorded(String phase, String name, Session session) {
    long now = System.currentTimeMillis();
    long latency =
        session.contains(LATENCY) ? session.getLong(LATENCY) : now - session.getLong(SENT);
    recorder.record(new StressEvent(phase, name, now, latency, !session.isFailed()));
    return session;
  }

  private ChainBuilder started(String phase) {
    return exec(
        session -> {
          recorder.phaseStarted(phase, System.currentTimeMillis());
          return session;
        });
  }

  static String absolute(String base, String url) {
    return url.startsWith("/") ? base + url : url;
  }

  private static Iterator<Map<String, Object>> words() {
    return Stream.generate(
            () ->
                Map.<String, Object>of(
                    "word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size()))))
        .iterator();
  }

  private static Duration think() {
    return Duration.ofMillis(200);
  }

  private static Duration thinkMax() {
    return Duration.ofMillis(1000);
  }

  private static double rate(String property, double fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + name + " is required");
    }
    return value;
  }
}
