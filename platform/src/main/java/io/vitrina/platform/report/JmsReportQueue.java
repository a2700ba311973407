package io.vitrina.platform.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts report requests on the service's reports queue inside the caller's XA transaction, like the
 * CloudEvent publisher: the message leaves when the report row commits, and not at all when it does
 * not. The queue is the {@code jmsQueue} whose JNDI name {@code vitrina.reports.queue} gives
 * ({@code jms/catalogReports} in catalog-service); it is looked up at the first report, so a
 * service without reports needs none.
 */
@ApplicationScoped
public class JmsReportQueue implements ReportQueue {

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "vitrina.reports.queue", defaultValue = "jms/reports")
  String queueName;

  private volatile Queue reports;

  @Override
  public void enqueue(Report report) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "Report " + report.id() + " queued outside an active JTA transaction");
    }
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message =
          context.createTextMessage(ReportRequested.of(report.id(), report.kind()).toJson());
      message.setJMSType(ReportRequested.TYPE);
      message.setJMSCorrelationID(report.id());
      message.setStringProperty(ReportRequested.REPORT_ID, report.id());
      message.setStringProperty(ReportRequested.KIND, report.kind());
      context.createProducer().send(queue(), message);
    } catch (JMSException e) {
      throw new IllegalStateException("Report " + report.id() + " could not be queued", e);
    }
  }

  private Queue queue() {
    Queue queue = reports;
    if (queue == null) {
      try {
        queue = InitialContext.doLookup(queueName);
      } catch (NamingException e) {
        throw new IllegalStateException("No reports queue " + queueName + " in the server", e);
      }
      reports = queue;
    }
    return queue;
  }
}
