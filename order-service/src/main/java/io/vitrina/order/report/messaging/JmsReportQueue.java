package io.vitrina.order.report.messaging;

import io.vitrina.order.report.domain.Report;
import io.vitrina.order.report.domain.ReportQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Puts report requests on {@code vitrina.orders.reports} ({@code jms/orderReports}) inside the
 * caller's XA transaction, like the CloudEvent publisher: the message leaves when the report row
 * commits, and not at all when it does not.
 */
@ApplicationScoped
public class JmsReportQueue implements ReportQueue {

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/orderReports")
  Queue reports;

  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void enqueue(Report report) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "Report " + report.id() + " queued outside an active JTA transaction");
    }
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message =
          context.createTextMessage(
              ReportRequested.of(report.id(), report.kind().wireName()).toJson());
      message.setJMSType(ReportRequested.TYPE);
      message.setJMSCorrelationID(report.id());
      message.setStringProperty(ReportRequested.REPORT_ID, report.id());
      message.setStringProperty(ReportRequested.KIND, report.kind().wireName());
      context.createProducer().send(reports, message);
    } catch (JMSException e) {
      throw new IllegalStateException("Report " + report.id() + " could not be queued", e);
    }
  }
}
