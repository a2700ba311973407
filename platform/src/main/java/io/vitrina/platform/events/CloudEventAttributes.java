package io.vitrina.platform.events;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Instant;

/**
 * The CloudEvents JMS protocol binding's message properties, and the JMS headers Vitrina sets to
 * match: {@code JMSType} is the event type (so selectors can filter without reading the body) and
 * {@code JMSCorrelationID} the event id (so consumers can deduplicate on a header).
 */
final class CloudEventAttributes {

  static final String SPEC_VERSION = "ce_specversion";
  static final String ID = "ce_id";
  static final String SOURCE = "ce_source";
  static final String TYPE = "ce_type";
  static final String TIME = "ce_time";
  static final String SUBJECT = "ce_subject";
  static final String DATA_CONTENT_TYPE = "ce_datacontenttype";

  private CloudEventAttributes() {}

  static void apply(
      Message message, String id, String source, String type, String subject, Instant time)
      throws JMSException {
    message.setStringProperty(SPEC_VERSION, CloudEventPublisher.SPEC_VERSION);
    message.setStringProperty(ID, id);
    message.setStringProperty(SOURCE, source);
    message.setStringProperty(TYPE, type);
    // Instant.toString is ISO-8601 in UTC, as CloudEvents' RFC 3339 time requires.
    message.setStringProperty(TIME, time.toString());
    if (subject != null) {
      message.setStringProperty(SUBJECT, subject);
    }
    message.setStringProperty(DATA_CONTENT_TYPE, CloudEventPublisher.CONTENT_TYPE);
    message.setJMSType(type);
    message.setJMSCorrelationID(id);
  }
}
