package io.vitrina.catalog.product.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
  void shouldRejectPricesNotAboveZero(String amount) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Price.of(amount, CurrencyCode.EUR));
    assertEquals("must be greater than 0", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "19.999", "1.0001"})
  void shouldRejectFractionsOfACent(String amount) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Price.of(amount, CurrencyCode.USD));
    assertEquals("must have at most 2 decimal places", refused.getMessage());
  }

  @Test
  void shouldRejectAmountsTheColumnCannotHold() {
    assertThrows(
        IllegalArgumentException.class, () -> Price.of("1000000000000000", CurrencyCode.MXN));
    assertEquals(
        new BigDecimal("999999999999999.99"),
        Price.of("999999999999999.99", CurrencyCode.MXN).amount());
  }

  @Test
  void shouldKeepExactAmountAtScaleTwo() {
    assertEquals(new BigDecimal("19.90"), Price.of("19.9", CurrencyCode.GBP).amount());
    assertEquals(new BigDecimal("0.01"), Price.of("0.01", CurrencyCode.GBP).amount());
    assertEquals(new BigDecimal("100.00"), Price.of("1E+2", CurrencyCode.GBP).amount());
    // Trailing zeros are not precision: the database hands back DECIMAL(19,4) values.
    assertEquals(new BigDecimal("19.99"), Price.of("19.9900", CurrencyCode.EUR).amount());
  }

  @Test
  void shouldRequireAmountAndCurrency() {
    assertThrows(NullPointerException.class, () -> new Price(null, CurrencyCode.EUR));
    assertThrows(NullPointerException.class, () -> new Price(BigDecimal.ONE, null));
  }
}
