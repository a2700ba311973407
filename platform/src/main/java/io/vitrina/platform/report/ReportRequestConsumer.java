package io.vitrina.platform.report;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * The worker's end of a service's reports queue: builds the report each message names. A service
 * declares its message-driven bean as a subclass (a platform jar declares no enterprise beans, so
 * that a service without reports gets none):
 *
 * <pre>{@code
 * @MessageDriven(name = "ReportRequestListener")
 * @TransactionAttribute(TransactionAttributeType.REQUIRED)
 * public class ReportRequestListener extends ReportRequestConsumer implements MessageListener {}
 * }</pre>
 *
 * <p>The server binds it through the activation spec {@code <app>/ReportRequestListener}, whose
 * {@code maxSession} bounds how many reports are built at once. The delivery is part of a container
 * transaction: when building fails (or the message is not a report request at all) the exception
 * rolls it back, the broker redelivers, and after its last attempt moves the message to the
 * dead-letter address.
 */
public abstract class ReportRequestConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(ReportRequestConsumer.class.getName());

  @Inject protected ReportWorker worker;

  @Override
  public void onMessage(Message message) {
    ReportRequested request;
    int delivery;
    try {
      if (!(message instanceof TextMessage text)) {
        throw new IllegalArgumentException(
            "A report request must be a text message, not " + message.getClass().getSimpleName());
      }
      request = ReportRequested.fromJson(text.getText());
      delivery =
          message.propertyExists("JMSXDeliveryCount")
              ? message.getIntProperty("JMSXDeliveryCount")
              : 1;
    } catch (JMSException | IllegalArgumentException e) {
      LOG.warning(() -> "Unreadable report request, left to the dead-letter address: " + e);
      throw new IllegalArgumentException("Unreadable report request", e);
    }
    worker.process(request.reportId(), delivery);
  }
}
