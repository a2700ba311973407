package io.vitrina.order.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.Violation;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardCheckTest {

  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static List<String> fields(String number, Integer month, Integer year, String cvc) {
    return CardCheck.violations("card.", number, month, year, cvc, NOW).stream()
        .map(Violation::field)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4242424242424242", "4000000000000002", "4000000000000119", "79927398713"})
  void shouldAcceptNumbersWithAValidCheckDigit(String number) {
    assertTrue(CardCheck.luhn(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4242424242424241", "1234567812345678", "79927398710"})
  void shouldRefuseNumbersWithAWrongCheckDigit(String number) {
    assertFalse(CardCheck.luhn(number));
  }

  @Test
  void shouldAcceptAValidCardExpiringThisMonth() {
    assertEquals(List.of(), fields("4242424242424242", 11, 2026, "123"));
    assertEquals(List.of(), fields("4242424242424242", 1, 2030, "1234"));
  }

  @Test
  void shouldRefuseAnExpiredCard() {
    assertEquals(List.of("card.expiryYear"), fields("4242424242424242", 10, 2026, "123"));
    assertEquals(List.of("card.expiryYear"), fields("4242424242424242", 12, 2025, "123"));
  }

  @Test
  void shouldRefuseMalformedParts() {
    assertEquals(List.of("card.number"), fields("4242 4242 4242 4242", 12, 2030, "123"));
    assertEquals(List.of("card.number"), fields("42424242424", 12, 2030, "123"));
    assertEquals(List.of("card.number"), fields("42424242424242424242", 12, 2030, "123"));
    assertEquals(List.of("card.number"), fields("4242424242424241", 12, 2030, "123"));
    assertEquals(List.of("card.expiryMonth"), fields("4242424242424242", 13, 2030, "123"));
    assertEquals(List.of("card.expiryMonth"), fields("4242424242424242", 0, 2030, "123"));
    assertEquals(List.of("card.cvc"), fields("4242424242424242", 12, 2030, "12"));
    assertEquals(List.of("card.cvc"), fields("4242424242424242", 12, 2030, "12345"));
    assertEquals(List.of("card.cvc"), fields("4242424242424242", 12, 2030, "12a"));
  }

  @Test
  void shouldNameEveryMissingPart() {
    assertEquals(
        List.of("card.number", "card.expiryMonth", "card.cvc"), fields(null, null, null, null));
    assertEquals(List.of("card.expiryYear"), fields("4242424242424242", 12, null, "123"));
  }
}
