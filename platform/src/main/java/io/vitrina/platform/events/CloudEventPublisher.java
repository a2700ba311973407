package io.vitrina.platform.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes a domain event as a CloudEvent on a JMS topic, inside the caller's JTA transaction.
 *
 * <p><b>An event is published if and only if the database change it reports commits.</b> Vitrina
 * chose XA over a transactional outbox for that: the {@code jdbc/vitrina} data source and the
 * Artemis resource adapter behind {@code jms/vitrinaConnectionFactory} are both XA resources, and a
 * {@link JMSContext} created inside a JTA transaction is enlisted in it. The broker holds the
 * message until the transaction manager commits both resources in two phases; a rollback discards
 * it. So the caller just calls {@link #publish} from its {@code @Transactional} service method,
 * after (or before) its writes, and needs no outbox table, no relay and no deduplication on the
 * sending side. The price is two-phase commit on every write that publishes, and the transaction
 * log Liberty keeps for recovery.
 *
 * <p>Publishing outside a transaction would send at once, whatever later happens to the data, so it
 * is refused with an {@link IllegalStateException}.
 */
@ApplicationScoped
public class CloudEventPublisher {

  static final String SPEC_VERSION = "1.0";
  static final String CONTENT_TYPE = "application/json";

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "vitrina.service.name")
  String source;

  @Inject Clock clock;

  Jsonb jsonb;

  @PostConstruct
  void init() {
    jsonb = JsonbBuilder.create();
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Nothing is left to release at shutdown that matters more than finishing it.
    }
  }

  /**
   * Sends an event within the current JTA transaction.
   *
   * @param topic where the event goes (a service's {@code @Resource} topic)
   * @param type the event type, named in the past tense ({@code user.registered})
   * @param subject what the event is about, usually the id of an aggregate
   * @param data the event's payload, serialised with JSON-B
   * @return the event's id, also its {@code JMSCorrelationID}
   * @throws IllegalStateException when no transaction is active
   */
  public String publish(Topic topic, String type, String subject, Object data) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "Event "
              + type
              + " published outside an active JTA transaction: publish from a @Transactional"
              + " method so that it is sent if and only if its changes commit");
    }
    String id = UUID.randomUUID().toString();
    Instant time = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    // Created inside the transaction, so the resource adapter enlists the session in it; closing
    // the context returns the handle, the send itself completes with the transaction.
    try (JMSContext context = connectionFactory.createContext()) {
      TextMessage message = context.createTextMessage(jsonb.toJson(data));
      CloudEventAttributes.apply(message, id, source, type, subject, time);
      EventTracing.inject(message);
      context.createProducer().send(topic, message);
      return id;
    } catch (JMSException e) {
      throw new IllegalStateException("Event " + type + " could not be prepared", e);
    }
  }
}
