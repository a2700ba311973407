package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.report.domain.InventoryFilter;
import io.vitrina.catalog.report.domain.InventoryReport;
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
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worker path in the server: a request committed here reaches the running catalog-service's
 * message-driven bean through the real queue and comes back DONE with its CSV stored in chunks; a
 * redelivery of a finished report changes nothing; a failing build goes back to QUEUED until the
 * last delivery marks it FAILED; and a message that is no report request ends on the dead-letter
 * queue after the broker's retries. (This test archive has no activation spec of its own, so only
 * the application's listener consumes the queue.)
 */
@ExtendWith(ArquillianExtension.class)
class ReportWorkerArquillianIT {

  private static final long WAIT_MS = 90_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(ReportWorkerArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject InventoryService inventory;
  @Inject ReportService reports;
  @Inject ReportRepository repository;
  @Inject ReportWorker worker;
  @Inject UserTransaction transaction;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/catalogReports")
  Queue reportQueue;

  /**
   * The report as committed now. In a transaction of its own: outside one, the server keeps one
   * persistence context for the whole test method, and it would answer with what it read first.
   */
  private Report read(String id) throws Exception {
    transaction.begin();
    try {
      return repository.find(id).orElseThrow();
    } finally {
      transaction.commit();
    }
  }

  private Report awaitFinished(String id) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Report report = read(id);
      if (!report.status().isPending()) {
        return report;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Report " + id + " did not finish within " + WAIT_MS + " ms");
  }

  private String content(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int seq = 0; seq < report.chunkCount(); seq++) {
      bytes.writeBytes(reports.chunk(report.id(), seq).orElseThrow());
    }
    assertEquals(report.contentBytes(), (long) bytes.size());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldBuildAQueuedReportThroughTheQueueAndStoreItsCsv() throws Exception {
    Category category = Fixtures.rootCategory(categories);
    Product stocked =
        products.create(
            Fixtures.sku(), Fixtures.details(category.id(), "5.00"), ProductStatus.ACTIVE, 2);
    inventory.adjust(stocked.id(), 7, "arquillian", "arquillian").orElseThrow();
    String requester = "arquillian-" + Fixtures.unique();

    ReportService.Outcome outcome =
        reports.request(
            InventoryReport.KIND, new InventoryFilter(category.id(), false).toJson(), requester);
    assertTrue(outcome.created());
    Report done = awaitFinished(outcome.report().id());

    assertEquals(ReportStatus.DONE, done.status());
    assertEquals(1L, done.rows());
    assertEquals(1, done.attempts());
    assertNotNull(done.startedAt());
    assertNotNull(done.finishedAt());
    assertEquals(null, done.pendingKey());
    assertEquals(
        "sku,name,category,status,on_hand,reserved,available,low_stock_threshold,low_stock\r\n"
            + stocked.sku()
            + ","
            + stocked.name()
            + ","
            + category.name()
            + ",ACTIVE,7,0,7,2,false\r\n",
        content(done));

    // A redelivered message of a DONE report does nothing.
    worker.process(done.id(), 2);
    Report after = read(done.id());
    assertEquals(ReportStatus.DONE, after.status());
    assertEquals(1, after.attempts());
    assertEquals(done.finishedAt(), after.finishedAt());
    assertEquals(content(done), content(after));

    // Finished, the same request queues a new report rather than answering with the old one.
    ReportService.Outcome again =
        reports.request(
            InventoryReport.KIND, new InventoryFilter(category.id(), false).toJson(), requester);
    assertTrue(again.created());
    assertFalse(again.report().id().equals(done.id()));
    assertEquals(ReportStatus.DONE, awaitFinished(again.report().id()).status());
  }

  @Test
  void shouldRetryAFailingBuildAndFailItOnTheLastDelivery() throws Exception {
    // Stored without the request's validation, as if its parameters had become unreadable.
    Report broken =
        Report.queue(
            InventoryReport.KIND, "not json", "arquillian-" + Fixtures.unique(), Instant.now());
    transaction.begin();
    repository.add(broken);
    transaction.commit();

    assertThrows(ReportBuildException.class, () -> worker.process(broken.id(), 1));
    Report retried = read(broken.id());
    assertEquals(ReportStatus.QUEUED, retried.status());
    assertEquals(1, retried.attempts());
    assertTrue(retried.failureReason().contains("error id"));

    assertThrows(ReportBuildException.class, () -> worker.process(broken.id(), 5));
    Report failed = read(broken.id());
    assertEquals(ReportStatus.FAILED, failed.status());
    assertEquals(2, failed.attempts());
    assertNotNull(failed.finishedAt());
    assertTrue(reports.chunk(broken.id(), 0).isEmpty());

    // A late redelivery of a FAILED report does nothing.
    worker.process(broken.id(), 6);
    assertEquals(ReportStatus.FAILED, read(broken.id()).status());
  }

  @Test
  void shouldIgnoreAMessageOfAnUnknownReport() {
    String unknown = UUID.randomUUID().toString();
    worker.process(unknown, 1);
    assertTrue(reports.find(unknown, new Caller("anyone", true)).isEmpty());
  }

  @Test
  void shouldMoveAPoisonMessageToTheDeadLetterQueueAfterTheRetries() throws Exception {
    String marker = UUID.randomUUID().toString();
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
