package io.vitrina.user.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.vitrina.contracts.EventContracts;
import io.vitrina.user.it.Accounts.Account;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Reads user-service's events off the broker with a plain JMS client, as an external integrator
 * would: JSON bodies with CloudEvents attributes as message properties.
 */
@MicroShedTest
class EventsIT {

  private static final long WAIT_MS = 15_000;

  private ActiveMQConnectionFactory factory;
  private JMSContext context;
  private JMSConsumer consumer;

  @BeforeEach
  void subscribe() {
    factory =
        new ActiveMQConnectionFactory(
            "tcp://"
                + System.getProperty("vitrina.broker.host")
                + ":"
                + System.getProperty("vitrina.broker.port"),
            System.getProperty("vitrina.broker.user"),
            System.getProperty("vitrina.broker.password"));
    context = factory.createContext();
    consumer = context.createConsumer(context.createTopic("vitrina.users"));
  }

  @AfterEach
  void close() {
    context.close();
    factory.close();
  }

  @Test
  void shouldPublishRegisteredUpdatedAndDeletedWithCloudEventsAttributes() throws Exception {
    String email = Accounts.uniqueEmail();
    String id =
        Accounts.register(email, Accounts.PASSWORD).then().statusCode(201).extract().path("id");

    TextMessage registered = next("user.registered", id);
    assertEquals("1.0", registered.getStringProperty("ce_specversion"));
    assertEquals(id, registered.getStringProperty("ce_subject"));
    assertTrue(registered.getStringProperty("ce_source").contains("user-service"));
    assertEquals("application/json", registered.getStringProperty("ce_datacontenttype"));
    UUID.fromString(registered.getStringProperty("ce_id"));
    Instant.parse(registered.getStringProperty("ce_time"));
    JsonObject data = json(registered);
    assertEquals(id, data.getString("userId"));
    assertEquals(email, data.getString("email"));
    assertTrue(!registered.getText().contains("password"), "no credential in events");

    Account account = Accounts.loginAs(id, email, Accounts.PASSWORD);
    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body("{\"displayName\":\"Renamed\",\"addresses\":[]}")
        .put("/api/me")
        .then()
        .statusCode(200);
    assertEquals("Renamed", json(next("user.updated", id)).getString("displayName"));

    given()
        .header("Authorization", account.bearer())
        .contentType(ContentType.JSON)
        .body("{\"password\":\"" + Accounts.PASSWORD + "\"}")
        .post("/api/me/erasure")
        .then()
        .statusCode(204);
    assertEquals(id, json(next("user.deleted", id)).getString("userId"));
  }

  @Test
  void shouldPublishNothingWhenRegistrationIsRefused() throws Exception {
    String email = Accounts.uniqueEmail();
    Accounts.register(email, Accounts.PASSWORD).then().statusCode(201);
    next("user.registered", null);

    Accounts.register(email, Accounts.PASSWORD).then().statusCode(409);
    Message unexpected = consumer.receive(3_000);
    assertEquals(null, unexpected, "a refused registration publishes nothing");
  }

  /** The next message of the type (for the subject, when given), skipping other tests' events. */
  private TextMessage next(String type, String subject) throws JMSException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text
          && type.equals(text.getStringProperty("ce_type"))
          && (subject == null || subject.equals(text.getStringProperty("ce_subject")))) {
        EventContracts.check(type, text.getText());
        return text;
      }
    }
    throw new AssertionError("no " + type + " event for " + subject + " within " + WAIT_MS + " ms");
  }

  private static JsonObject json(TextMessage message) throws JMSException {
    assertNotNull(message.getText());
    return Json.createReader(new StringReader(message.getText())).readObject();
  }
}
