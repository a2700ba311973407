package io.vitrina.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published event contracts: the JSON Schema of each event type's data, as integrators read
 * them in {@code contracts/src/main/resources/io/vitrina/contracts/events/}.
 *
 * <p>A publisher's test runs what it sent through {@link #check}; a consumer's test runs what it
 * feeds the consumer through it too. A field renamed on one side and not in the schema fails the
 * first test that sees it, before an integrator does.
 */
public final class EventContracts {
  /** Every event type with a contract. */
  public static final List<String> TYPES =
      List.of(
          "user.registered",
          "user.updated",
          "user.deleted",
          "product.created",
          "product.updated",
          "product.discontinued",
          "inventory.changed",
          "inventory.low",
          "order.placed",
          "order.paid",
          "order.cancelled",
          "order.status-changed",
          "order.refunded",
          "ticket.opened",
          "ticket.updated",
          "return.approved");

  private static final String LOCATION = "/io/vitrina/contracts/events/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private EventContracts() {}

  /**
   * The ways the event's data breaks its contract; empty when it keeps it.
   *
   * @throws IllegalArgumentException for an event type without a contract, or data that is not JSON
   */
  public static Set<String> violations(String type, String data) {
    JsonNode node;
    try {
      node = JSON.readTree(data);
    } catch (IOException e) {
      throw new IllegalArgumentException("The data of " + type + " is not JSON: " + data, e);
    }
    return schema(type).validate(node).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Checks an event's data against its contract.
   *
   * @throws AssertionError naming every violation, so that a test fails with the reason
   */
  public static void check(String type, String data) {
    Set<String> violations = violations(type, data);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "The data of " + type + " breaks its contract: " + violations + "\n" + data);
    }
  }

  private static JsonSchema schema(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("No contract for event type " + type);
    }
    return SCHEMAS.computeIfAbsent(type, EventContracts::load);
  }

  private static JsonSchema load(String type) {
    try (InputStream in = EventContracts.class.getResourceAsStream(LOCATION + type + ".json")) {
      if (in == null) {
        throw new IllegalStateException("The contract of " + type + " is missing");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the contract of " + type, e);
    }
  }
}
