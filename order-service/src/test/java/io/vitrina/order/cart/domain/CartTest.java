package io.vitrina.order.cart.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.UnprocessableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CartTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  static ListedProduct product(String id, String price, String currency) {
    return new ListedProduct(id, "SKU-" + id, "Product " + id, new BigDecimal(price), currency);
  }

  @Test
  void shouldAddReplaceAndRemoveLines() {
    Cart cart = Cart.empty("c-1", T0);
    cart.put(product("a", "10.00", "EUR"), 2, 50, T0);
    cart.put(product("b", "5.00", "EUR"), 1, 50, T0);
    cart.put(product("a", "11.00", "EUR"), 5, 50, T0.plusSeconds(1));

    assertEquals(2, cart.lines().size());
    CartLine a = cart.line("a").orElseThrow();
    assertEquals(5, a.quantity());
    assertEquals(new BigDecimal("11.00"), a.unitPrice());
    assertEquals(T0, a.addedAt());
    assertTrue(cart.remove("a", T0));
    assertFalse(cart.remove("a", T0));
    assertEquals(Optional.of("EUR"), cart.currency());
    cart.clear(T0);
    assertEquals(Optional.empty(), cart.currency());
  }

  @Test
  void shouldRefuseTheLineBeyondTheLimitButStillChangeExistingOnes() {
    Cart cart = Cart.empty("c-1", T0);
    for (int i = 0; i < 3; i++) {
      cart.put(product("p" + i, "1.00", "EUR"), 1, 3, T0);
    }
    assertThrows(
        UnprocessableException.class, () -> cart.put(product("p3", "1.00", "EUR"), 1, 3, T0));
    cart.put(product("p0", "1.00", "EUR"), 7, 3, T0);
    assertEquals(3, cart.lines().size());
    assertEquals(7, cart.line("p0").orElseThrow().quantity());
  }

  @Test
  void shouldRefuseProductInAnotherCurrency() {
    Cart cart = Cart.empty("c-1", T0);
    cart.put(product("a", "10.00", "EUR"), 1, 50, T0);
    UnprocessableException refused =
        assertThrows(
            UnprocessableException.class, () -> cart.put(product("b", "10.00", "USD"), 1, 50, T0));
    assertEquals(422, refused.status());
    // The only line may follow its product into another currency.
    cart.put(product("a", "12.00", "USD"), 1, 50, T0);
    assertEquals(Optional.of("USD"), cart.currency());
  }

  @Test
  void shouldChangeQuantityKeepingLastKnownPrice() {
    Cart cart = Cart.empty("c-1", T0);
    cart.put(product("a", "10.00", "EUR"), 1, 50, T0);
    assertTrue(cart.changeQuantity("a", 4, T0.plusSeconds(9)));
    assertFalse(cart.changeQuantity("zzz", 4, T0));
    assertEquals(4, cart.line("a").orElseThrow().quantity());
    assertEquals(T0, cart.line("a").orElseThrow().priceCheckedAt());
  }

  @Test
  void shouldRefreshOnlyWhatChanged() {
    Cart cart = Cart.empty("c-1", T0);
    cart.put(product("a", "10.00", "EUR"), 1, 50, T0);
    assertFalse(cart.refresh(product("a", "10.0", "EUR"), T0.plusSeconds(1)));
    assertTrue(cart.refresh(product("a", "9.99", "EUR"), T0.plusSeconds(2)));
    assertEquals(new BigDecimal("9.99"), cart.line("a").orElseThrow().unitPrice());
  }
}
