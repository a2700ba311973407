package io.vitrina.order.arquillian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.report.domain.SalesGrouping;
import io.vitrina.order.report.domain.SalesParameters;
import io.vitrina.order.report.domain.SalesReport;
import io.vitrina.platform.report.Caller;
import io.vitrina.platform.report.Report;
import io.vitrina.platform.report.ReportBuildException;
import io.vitrina.platform.report.ReportRepository;
import io.vitrina.platform.report.ReportService;
import io.vitrina.platform.report.ReportStatus;
import io.vitrina.platform.report.ReportWorker;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales report in the server, over orders rows this test writes with plain SQL (checkout is not
 * what is tested here): a request committed here reaches the running order-service's message-driven
 * bean through the real queue and comes back DONE with the CSV grouped by day, product and
 * category, the category read from the real catalog-service; a redelivery of a finished report
 * changes nothing; a failing build is retried and failed on the last delivery; and a message that
 * is no report request ends on the dead-letter queue after the broker's retries.
 *
 * <p>The seeded orders are paid on a random day of the first half of the 20th century, which no
 * other test uses, so the report sees exactly them.
 */
@ExtendWith(ArquillianExtension.class)
class SalesReportArquillianIT {

  private static final long WAIT_MS = 90_000;
  private static final String ENDPOINTS = "sales-report-it.properties";

  /** The build's user-service and catalog-service, read in the test JVM and shipped along. */
  @Deployment
  static WebArchive deployment() throws IOException {
    Properties endpoints = new Properties();
    for (String key :
        new String[] {
          "vitrina.users.url",
          "vitrina.catalog.url",
          "vitrina.admin.email",
          "vitrina.admin.password"
        }) {
      endpoints.setProperty(key, System.getProperty(key, ""));
    }
    StringWriter text = new StringWriter();
    endpoints.store(text, null);
    return Deployments.orderService(SalesReportArquillianIT.class)
        .addAsResource(new StringAsset(text.toString()), ENDPOINTS);
  }

  @Inject ReportService reports;
  @Inject ReportRepository repository;
  @Inject ReportWorker worker;
  @Inject UserTransaction transaction;

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/orderReports")
  Queue reportQueue;

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** The report as committed now, in a transaction of its own (see the catalog's worker test). */
  private Report read(String reportId) throws Exception {
    transaction.begin();
    try {
      return repository.find(reportId).orElseThrow();
    } finally {
      transaction.commit();
    }
  }

  private Report awaitFinished(String reportId) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Report report = read(reportId);
      if (!report.status().isPending()) {
        return report;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Report " + reportId + " did not finish within " + WAIT_MS + " ms");
  }

  private String content(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int seq = 0; seq < report.chunkCount(); seq++) {
      bytes.writeBytes(reports.chunk(report.id(), seq).orElseThrow());
    }
    assertEquals(report.contentBytes(), (long) bytes.size());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String build(LocalDate from, LocalDate to, SalesGrouping grouping) throws Exception {
    ReportService.Outcome outcome =
        reports.request(
            SalesReport.KIND,
            new SalesParameters(from, to, grouping).toJson(),
            "arquillian-" + id().substring(0, 8));
    Report done = awaitFinished(outcome.report().id());
    assertEquals(ReportStatus.DONE, done.status(), done.failureReason());
    return content(done);
  }

  private static LocalDate unusedDay() {
    return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
  }

  /** An order and its lines as checkout would have stored them (V1's columns). */
  private void order(String status, String currency, LocalDateTime paidAt, Object[]... lines)
      throws Exception {
    transaction.begin();
    try {
      insert(status, currency, paidAt, lines);
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  private void insert(String status, String currency, LocalDateTime paidAt, Object[]... lines)
      throws SQLException {
    String orderId = id();
    BigDecimal subtotal = BigDecimal.ZERO;
    for (Object[] line : lines) {
      subtotal = subtotal.add(((BigDecimal) line[3]).multiply(BigDecimal.valueOf((int) line[2])));
    }
    LocalDateTime placedAt = paidAt == null ? LocalDateTime.now() : paidAt.minusMinutes(1);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement orders =
            connection.prepareStatement(
                "INSERT INTO orders (id, customer_id, status, currency, subtotal, shipping, tax,"
                    + " total, placed_at, paid_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 0)");
        PreparedStatement orderLines =
            connection.prepareStatement(
                "INSERT INTO order_lines (order_id, line_no, product_id, sku, name, quantity,"
                    + " unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      orders.setString(1, orderId);
      orders.setString(2, "customer-" + orderId.substring(0, 8));
      orders.setString(3, status);
      orders.setString(4, currency);
      orders.setBigDecimal(5, subtotal);
      orders.setBigDecimal(6, subtotal);
      orders.setObject(7, placedAt);
      orders.setObject(8, paidAt);
      orders.setObject(9, placedAt);
      orders.executeUpdate();
      int lineNo = 1;
      for (Object[] line : lines) {
        BigDecimal unitPrice = (BigDecimal) line[3];
        int quantity = (int) line[2];
        orderLines.setString(1, orderId);
        orderLines.setInt(2, lineNo++);
        orderLines.setString(3, ((String[]) line[0])[0]);
        orderLines.setString(4, ((String[]) line[0])[1]);
        orderLines.setString(5, (String) line[1]);
        orderLines.setInt(6, quantity);
        orderLines.setBigDecimal(7, unitPrice);
        orderLines.setBigDecimal(8, unitPrice.multiply(BigDecimal.valueOf(quantity)));
        orderLines.executeUpdate();
      }
    }
  }

  private static Object[] line(String[] product, String name, int quantity, String unitPrice) {
    return new Object[] {product, name, quantity, new BigDecimal(unitPrice)};
  }

  /**
   * A real category and an ACTIVE product in it at catalog-service: {category id, name, product
   * id}.
   */
  private static String[] catalogProduct(String sku) throws IOException {
    Properties endpoints = new Properties();
    try (InputStream in =
        SalesReportArquillianIT.class.getClassLoader().getResourceAsStream(ENDPOINTS)) {
      endpoints.load(in);
    }
    Client client = ClientBuilder.newClient();
    try {
      JsonObject login =
          Json.createObjectBuilder()
              .add("email", endpoints.getProperty("vitrina.admin.email"))
              .add("password", endpoints.getProperty("vitrina.admin.password"))
              .build();
      String token =
          "Bearer "
              + post(
                      client,
                      endpoints.getProperty("vitrina.users.url") + "/api/auth/login",
                      null,
                      login)
                  .getString("accessToken");
      String catalog = endpoints.getProperty("vitrina.catalog.url");
      String unique = id().substring(0, 8);
      String categoryName = "Sales report " + unique;
      String categoryId =
          post(
                  client,
                  catalog + "/api/categories",
                  token,
                  Json.createObjectBuilder()
                      .add("name", categoryName)
                      .add("slug", "sales-report-" + unique)
                      .build())
              .getString("id");
      String productId =
          post(
                  client,
                  catalog + "/api/products",
                  token,
                  Json.createObjectBuilder()
                      .add("sku", sku)
                      .add("name", "Kettle " + unique)
                      .add("price", 10)
                      .add("currency", "EUR")
                      .add("categoryId", categoryId)
                      .add("status", "ACTIVE")
                      .build())
              .getString("id");
      return new String[] {categoryId, categoryName, productId};
    } finally {
      client.close();
    }
  }

  private static JsonObject post(Client client, String url, String token, JsonObject body) {
    var request = client.target(url).request(MediaType.APPLICATION_JSON);
    if (token != null) {
      request = request.header("Authorization", token);
    }
    try (Response response = request.post(Entity.json(body.toString()))) {
      String text = response.readEntity(String.class);
      if (response.getStatus() / 100 != 2) {
        throw new AssertionError("POST " + url + ": HTTP " + response.getStatus() + " " + text);
      }
      try (var reader = Json.createReader(new java.io.StringReader(text))) {
        return reader.readObject();
      }
    }
  }

  @Test
  void shouldReportPaidOrdersPerDayProductAndCategoryThroughTheQueue() throws Exception {
    String unique = id().substring(0, 8).toUpperCase();
    String knownSku = "RPT-A-" + unique;
    String[] catalog = catalogProduct(knownSku);
    String[] kettle = {catalog[2], knownSku};
    // Not in the catalog: its category is unknown. Its name would run as a formula unneutralised.
    String[] gone = {id(), "RPT-B-" + unique};
    String goneName = "=SUM(A1:A9), \"quoted\"";
    LocalDate day = unusedDay();
    LocalDate next = day.plusDays(1);

    order(
        "PAID",
        "EUR",
        day.atTime(9, 0),
        line(kettle, "Kettle", 2, "10.00"),
        line(gone, goneName, 1, "5.50"));
    order(
        "REFUNDED", "EUR", day.atTime(23, 59, 59, 999_999_000), line(kettle, "Kettle", 1, "10.00"));
    order("CANCELLED", "USD", day.atTime(12, 0), line(kettle, "Kettle", 1, "12.00"));
    order("PAID", "EUR", next.atStartOfDay(), line(gone, goneName, 3, "5.50"));
    // Never paid, or paid outside the period: not in the report.
    order("PENDING_PAYMENT", "EUR", null, line(kettle, "Kettle", 5, "10.00"));
    order("PAYMENT_FAILED", "EUR", null, line(kettle, "Kettle", 5, "10.00"));
    order(
        "PAID",
        "EUR",
        day.minusDays(1).atTime(23, 59, 59, 999_999_000),
        line(kettle, "Kettle", 7, "10.00"));
    order("PAID", "EUR", next.plusDays(1).atStartOfDay(), line(kettle, "Kettle", 7, "10.00"));

    assertEquals(
        "day,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n"
            + day
            + ",EUR,2,4,35.50,1,10.00,25.50\r\n"
            + day
            + ",USD,1,1,12.00,0,0.00,12.00\r\n"
            + next
            + ",EUR,1,3,16.50,0,0.00,16.50\r\n",
        build(day, next, SalesGrouping.DAY));
    assertEquals(
        "product_id,sku,name,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n"
            + kettle[0]
            + ","
            + knownSku
            + ",Kettle,EUR,2,3,30.00,1,10.00,20.00\r\n"
            + kettle[0]
            + ","
            + knownSku
            + ",Kettle,USD,1,1,12.00,0,0.00,12.00\r\n"
            + gone[0]
            + ","
            + gone[1]
            + ",\"'=SUM(A1:A9), \"\"quoted\"\"\",EUR,2,4,22.00,0,0.00,22.00\r\n",
        build(day, next, SalesGrouping.PRODUCT));
    assertEquals(
        "category_id,category,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n"
            + catalog[0]
            + ","
            + catalog[1]
            + ",EUR,2,3,30.00,1,10.00,20.00\r\n"
            + catalog[0]
            + ","
            + catalog[1]
            + ",USD,1,1,12.00,0,0.00,12.00\r\n"
            + ",unknown,EUR,2,4,22.00,0,0.00,22.00\r\n",
        build(day, next, SalesGrouping.CATEGORY));
  }

  @Test
  void shouldIgnoreARedeliveryOfAFinishedReport() throws Exception {
    LocalDate day = unusedDay();
    String requester = "arquillian-" + id().substring(0, 8);
    String parameters = new SalesParameters(day, day, SalesGrouping.DAY).toJson();
    Report done =
        awaitFinished(reports.request(SalesReport.KIND, parameters, requester).report().id());
    assertEquals(ReportStatus.DONE, done.status());
    assertEquals(1, done.attempts());
    assertNull(done.pendingKey());

    worker.process(done.id(), 2);

    Report after = read(done.id());
    assertEquals(ReportStatus.DONE, after.status());
    assertEquals(1, after.attempts());
    assertEquals(done.finishedAt(), after.finishedAt());
    assertEquals(content(done), content(after));
  }

  @Test
  void shouldRetryAFailingBuildAndFailItOnTheLastDelivery() throws Exception {
    // Stored without the request's validation, as if its parameters had become unreadable.
    Report broken = Report.queue(SalesReport.KIND, "not json", "arquillian-" + id(), Instant.now());
    transaction.begin();
    repository.add(broken);
    transaction.commit();

    assertThrows(ReportBuildException.class, () -> worker.process(broken.id(), 1));
    Report retried = read(broken.id());
    assertEquals(ReportStatus.QUEUED, retried.status());
    assertTrue(retried.failureReason().contains("error id"));

    assertThrows(ReportBuildException.class, () -> worker.process(broken.id(), 5));
    Report failed = read(broken.id());
    assertEquals(ReportStatus.FAILED, failed.status());
    assertEquals(2, failed.attempts());
    assertNotNull(failed.finishedAt());
    assertTrue(reports.chunk(broken.id(), 0).isEmpty());

    worker.process(broken.id(), 6);
    assertEquals(ReportStatus.FAILED, read(broken.id()).status());
  }

  @Test
  void shouldIgnoreAMessageOfAnUnknownReport() {
    String unknown = id();
    worker.process(unknown, 1);
    assertTrue(reports.find(unknown, new Caller("anyone", true)).isEmpty());
  }

  @Test
  void shouldMoveAPoisonMessageToTheDeadLetterQueueAfterTheRetries() throws Exception {
    String marker = id();
    try (JMSContext context = connectionFactory.createContext()) {
      Message poison = context.createTextMessage("{\"not\":\"a report request\"}");
      poison.setStringProperty("testMarker", marker);
      context.createProducer().send(reportQueue, poison);
    }
    try (JMSContext context = connectionFactory.createContext();
        JMSConsumer deadLetters =
            context.createConsumer(context.createQueue("DLQ"), "testMarker = '" + marker + "'")) {
      Message dead = deadLetters.receive(WAIT_MS);
      assertNotNull(dead, "the poison message did not reach DLQ");
      assertArrayEquals(
          "{\"not\":\"a report request\"}".getBytes(StandardCharsets.UTF_8),
          dead.getBody(String.class).getBytes(StandardCharsets.UTF_8));
    }
  }
}
