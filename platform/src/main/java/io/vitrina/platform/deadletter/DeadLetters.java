package io.vitrina.platform.deadletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The part of the broker's dead-letter address that belongs to this service: the messages whose
 * original queue is one of the service's own ({@code vitrina.dead-letters.queues}, the
 * subscriptions and work queues its consumers read). The address is shared by every service;
 * Artemis marks each dead letter with {@code _AMQ_ORIG_ADDRESS} and {@code _AMQ_ORIG_QUEUE}, and
 * every read here selects on them, so a service never sees, replays or discards another's.
 *
 * <p>Replaying takes the message off the dead-letter address and sends a copy to its original queue
 * alone (a fully qualified queue name, {@code address::queue}), in one JTA transaction: it is
 * either back on its queue or still dead, never both and never lost. Other subscribers of the
 * address do not get it a second time. The copy carries its event attributes and a {@code
 * vitrina_replays} count.
 */
@ApplicationScoped
public class DeadLetters {

  /** The longest body returned; a longer one is cut and flagged. */
  public static final int MAX_BODY = 65_536;

  static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
  static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
  static final String REPLAYS = "vitrina_replays";
  private static final String ID_PREFIX = "ID:";
  private static final String FQQN_SEPARATOR = "::";
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final long RECEIVE_TIMEOUT_MS = 2_000;
  private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Inject
  @ConfigProperty(name = "vitrina.dead-letters.address", defaultValue = "DLQ")
  String address;

  /** Absent in a service without consumers (an empty value is no value to MicroProfile Config). */
  @Inject
  @ConfigProperty(name = "vitrina.dead-letters.queues")
  Optional<String> queues;

  /** Whether the text is the form of a dead letter's id; anything else cannot name one. */
  public static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The queues whose dead letters this service owns, as configured. */
  public Set<String> ownQueues() {
    return ownQueues(queues.orElse(""));
  }

  static Set<String> ownQueues(String configured) {
    Set<String> names = new TreeSet<>();
    for (String name : configured.split(",")) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!QUEUE_NAME.matcher(trimmed).matches()) {
        throw new IllegalStateException(
            "vitrina.dead-letters.queues: '" + trimmed + "' is not a queue name");
      }
      names.add(trimmed);
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The selector for this service's dead letters, and one of them when an id is given. The names
   * are checked against {@link #QUEUE_NAME} and the id against {@link #ID}: nothing from a request
   * reaches the selector unchecked.
   */
  static String selector(Set<String> own, String id) {
    StringBuilder selector = new StringBuilder(ORIGINAL_QUEUE).append(" IN (");
    boolean first = true;
    for (String queue : own) {
      selector.append(first ? "" : ", ").append('\'').append(queue).append('\'');
      first = false;
    }
    selector.append(')');
    if (id != null) {
      if (!isId(id)) {
        throw new IllegalArgumentException("not a dead letter id: " + id);
      }
      selector.append(" AND JMSMessageID = '").append(ID_PREFIX).append(id).append('\'');
    }
    return selector.toString();
  }

  /** This service's dead letters, oldest first, at most {@code limit}. */
  public List<DeadLetter> list(int limit) {
    Set<String> own = ownQueues();
    if (own.isEmpty()) {
      return List.of();
    }
    return browse(selector(own, null), limit);
  }

  /** One of this service's dead letters. */
  public Optional<DeadLetter> find(String id) {
    Set<String> own = ownQueues();
    if (own.isEmpty() || !isId(id)) {
      return Optional.empty();
    }
    return browse(selector(own, id), 1).stream().findFirst();
  }

  /**
   * Moves a dead letter back to the queue it came from.
   *
   * @return the queue it went back to, or empty when this service has no such dead letter
   */
  @Transactional
  public Optional<String> replay(String id, String by) {
    return take(
        id,
        (session, message) -> {
          String originalAddress = address(message.getStringProperty(ORIGINAL_ADDRESS));
          String originalQueue = message.getStringProperty(ORIGINAL_QUEUE);
          Destination destination = destination(session, originalAddress, originalQueue);
          Message copy = copy(session, message);
          try (MessageProducer producer = session.createProducer(destination)) {
            producer.send(copy);
          }
          LOG.info(
              () ->
                  "Dead letter "
                      + id
                      + " replayed to "
                      + originalAddress
                      + "::"
                      + originalQueue
                      + " by "
                      + by);
          return originalQueue;
        });
  }

  /**
   * Removes a dead letter for good.
   *
   * @return the queue it had come from, or empty when this service has no such dead letter
   */
  @Transactional
  public Optional<String> discard(String id, String by) {
    return take(
        id,
        (session, message) -> {
          String originalQueue = message.getStringProperty(ORIGINAL_QUEUE);
          LOG.warning(
              () ->
                  "Dead letter "
                      + id
                      + " of "
                      + originalQueue
                      + " (event "
                      + property(message, "ce_type")
                      + " "
                      + property(message, "ce_id")
                      + ") discarded by "
                      + by);
          return originalQueue;
        });
  }

  @FunctionalInterface
  private interface Handler {
    String handle(Session session, Message message) throws JMSException;
  }

  /** Receives the dead letter inside the caller's JTA transaction and hands it over. */
  private Optional<String> take(String id, Handler handler) {
    Set<String> own = ownQueues();
    if (own.isEmpty() || !isId(id)) {
      return Optional.empty();
    }
    // Created inside the transaction: the resource adapter enlists the session, so the receive is
    // acknowledged, and the replayed copy sent, only when the transaction commits.
    try (Connection connection = connectionFactory.createConnection()) {
      connection.start();
      Session session = connection.createSession();
      Queue deadLetters = session.createQueue(address);
      try (MessageConsumer consumer = session.createConsumer(deadLetters, selector(own, id))) {
        Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
        if (message == null) {
          return Optional.empty();
        }
        return Optional.of(handler.handle(session, message));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("The dead-letter address could not be read", e);
    }
  }

  private List<DeadLetter> browse(String selector, int limit) {
    List<DeadLetter> letters = new ArrayList<>();
    try (Connection connection = connectionFactory.createConnection()) {
      connection.start();
      Session session = connection.createSession();
      try (QueueBrowser browser = session.createBrowser(session.createQueue(address), selector)) {
        Enumeration<?> messages = browser.getEnumeration();
        while (messages.hasMoreElements() && letters.size() < limit) {
          letters.add(read((Message) messages.nextElement()));
        }
      }
    } catch (JMSException e) {
      throw new IllegalStateException("The dead-letter address could not be read", e);
    }
    return letters;
  }

  static DeadLetter read(Message message) throws JMSException {
    String body = message instanceof TextMessage text ? text.getText() : null;
    boolean truncated = body != null && body.length() > MAX_BODY;
    String id = message.getJMSMessageID();
    return new DeadLetter(
        id != null && id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : id,
        address(property(message, ORIGINAL_ADDRESS)),
        property(message, ORIGINAL_QUEUE),
        property(message, "ce_type"),
        property(message, "ce_id"),
        message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : null,
        message.propertyExists(REPLAYS) ? message.getIntProperty(REPLAYS) : 0,
        truncated ? body.substring(0, MAX_BODY) : body,
        truncated);
  }

  /**
   * Where a replayed message goes: a work queue (anycast: the queue is the address) by its name, a
   * subscription's queue by its fully qualified name, so that only that subscriber gets it.
   */
  static Destination destination(Session session, String originalAddress, String queue)
      throws JMSException {
    String address = address(originalAddress);
    if (address == null || queue == null) {
      throw new IllegalStateException("A dead letter without its original address and queue");
    }
    if (address.equals(queue)) {
      return session.createQueue(queue);
    }
    return session.createTopic(address + FQQN_SEPARATOR + queue);
  }

  /**
   * The address a dead letter came from. A message that was sent to a fully qualified queue name,
   * as every replay is, has that name ({@code address::queue}) as its original address: replayed
   * again as it is, it would go to {@code address::queue::queue}, which is no queue at all.
   */
  static String address(String originalAddress) {
    if (originalAddress == null) {
      return null;
    }
    int separator = originalAddress.indexOf(FQQN_SEPARATOR);
    return separator < 0 ? originalAddress : originalAddress.substring(0, separator);
  }

  /** A copy with the body and the application's properties (not the broker's), one more replay. */
  static Message copy(Session session, Message original) throws JMSException {
    Message copy =
        original instanceof TextMessage text
            ? session.createTextMessage(text.getText())
            : session.createMessage();
    Enumeration<?> names = original.getPropertyNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      if (name.startsWith("_AMQ") || name.startsWith("JMSX") || name.equals(REPLAYS)) {
        continue;
      }
      copy.setObjectProperty(name, original.getObjectProperty(name));
    }
    copy.setJMSCorrelationID(original.getJMSCorrelationID());
    copy.setJMSType(original.getJMSType());
    int replays = original.propertyExists(REPLAYS) ? original.getIntProperty(REPLAYS) : 0;
    copy.setIntProperty(REPLAYS, replays + 1);
    return copy;
  }

  private static String property(Message message, String name) {
    try {
      return message.propertyExists(name) ? message.getStringProperty(name) : null;
    } catch (JMSException e) {
      return null;
    }
  }
}
