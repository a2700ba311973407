package io.vitrina.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventContractsTest {
  private static final String ORDER = "7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b";
  private static final String PRODUCT = "0b9d8c7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e";
  private static final String PAID =
      "{\"orderId\":\""
          + ORDER
          + "\",\"customerId\":\"u-1\",\"paymentId\":\""
          + PRODUCT
          + "\",\"amount\":30.24,\"currency\":\"EUR\",\"paidAt\":\"2026-11-29T10:15:30.123Z\"}";

  @Test
  void shouldAcceptDataThatKeepsTheContract() {
    assertEquals(Set.of(), EventContracts.violations("order.paid", PAID));
  }

  @Test
  void shouldRefuseARenamedField() {
    String renamed = PAID.replace("\"paidAt\"", "\"paidOn\"");

    Set<String> violations = EventContracts.violations("order.paid", renamed);

    assertTrue(violations.stream().anyMatch(v -> v.contains("paidAt")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("paidOn")), violations.toString());
    AssertionError error =
        assertThrows(AssertionError.class, () -> EventContracts.check("order.paid", renamed));
    assertTrue(error.getMessage().contains("order.paid"));
  }

  @Test
  void shouldRefuseWrongTypesAndFormats() {
    String text = PAID.replace("30.24", "\"30.24\"").replace("EUR", "euro");

    Set<String> violations = EventContracts.violations("order.paid", text);

    assertEquals(2, violations.size(), violations.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"order.shipped", "", "../order.paid"})
  void shouldRefuseTypesWithoutAContract(String type) {
    assertThrows(IllegalArgumentException.class, () -> EventContracts.violations(type, "{}"));
  }

  @Test
  void shouldHaveOneSchemaPerTypeAndNoOther() throws Exception {
    Path directory = Path.of("src/main/resources/io/vitrina/contracts/events");
    Set<String> files;
    try (Stream<Path> list = Files.list(directory)) {
      files =
          list.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
              .collect(Collectors.toSet());
    }
    assertEquals(Set.copyOf(EventContracts.TYPES), files);
    for (String type : EventContracts.TYPES) {
      try (InputStream in =
          EventContracts.class.getResourceAsStream(
              "/io/vitrina/contracts/events/" + type + ".json")) {
        assertEquals(type, new ObjectMapper().readTree(in).path("title").asText(), type);
      }
      // Every contract refuses an empty object: it has required fields.
      assertTrue(!EventContracts.violations(type, "{}").isEmpty(), type);
    }
  }
}
