package io.vitrina.order.cart.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.ShippingRule;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.UnprocessableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cart against a catalog that answers, refuses, or cannot be asked. */
class CartServiceTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final Map<String, ProductLookup> answers = new HashMap<>();
  private final CartService service = new CartService();
  private Cart cart;

  @BeforeEach
  void setUp() {
    service.store = mock(CartStore.class);
    service.metrics = mock(CartMetrics.class);
    service.catalog = id -> answers.getOrDefault(id, new ProductLookup.NotListed());
    service.limits = new CartLimits();
    service.limits.maxLines = 50;
    service.limits.maxQuantity = 100;
    service.pricing =
        new PricingPolicy(
            new BigDecimal("10"),
            Map.of("EUR", new ShippingRule(new BigDecimal("5.00"), new BigDecimal("100.00"))));
    cart = Cart.empty("c-1", T0);
    when(service.store.find("c-1")).thenAnswer(invocation -> Optional.of(cart));
    when(service.store.refresh(anyString(), any())).thenAnswer(invocation -> Optional.of(cart));
  }

  private void listed(String id, String price) {
    answers.put(id, new ProductLookup.Listed(CartTest.product(id, price, "EUR")));
  }

  @Test
  void shouldPriceAvailableLinesWithShippingAndTax() {
    cart.put(CartTest.product("a", "10.00", "EUR"), 2, 50, T0);
    listed("a", "10.00");

    CartContents contents = service.read("c-1");

    assertEquals("EUR", contents.currency());
    assertEquals(new BigDecimal("20.00"), contents.totals().subtotal());
    assertEquals(new BigDecimal("5.00"), contents.totals().shipping());
    assertEquals(new BigDecimal("2.50"), contents.totals().tax());
    assertEquals(new BigDecimal("27.50"), contents.totals().total());
    assertFalse(contents.priceStale());
    verify(service.store, never()).refresh(anyString(), any());
  }

  @Test
  void shouldKeepCartReadableAtLastKnownPricesWhenCatalogCannotBeAsked() {
    cart.put(CartTest.product("a", "10.00", "EUR"), 1, 50, T0);
    answers.put("a", new ProductLookup.Unavailable());

    CartContents contents = service.read("c-1");

    CartItem item = contents.items().get(0);
    assertTrue(item.priceStale());
    assertTrue(item.available());
    assertEquals(new BigDecimal("10.00"), item.unitPrice());
    assertTrue(contents.priceStale());
    assertEquals(new BigDecimal("10.00"), contents.totals().subtotal());
    verify(service.metrics).staleRead();
  }

  @Test
  void shouldShowProductsTheCatalogNoLongerSellsAsUnavailableAndNotCountThem() {
    cart.put(CartTest.product("a", "10.00", "EUR"), 1, 50, T0);
    cart.put(CartTest.product("gone", "99.00", "EUR"), 1, 50, T0);
    listed("a", "10.00");

    CartContents contents = service.read("c-1");

    assertFalse(contents.items().get(1).available());
    assertFalse(contents.items().get(1).priceStale());
    assertEquals(new BigDecimal("10.00"), contents.totals().subtotal());
  }

  @Test
  void shouldTakeTheCatalogsNewPrice() {
    cart.put(CartTest.product("a", "10.00", "EUR"), 1, 50, T0);
    listed("a", "8.00");

    service.read("c-1");

    verify(service.store).refresh(anyString(), any());
  }

  @Test
  void shouldRefuseProductTheCatalogDoesNotSell() {
    assertThrows(UnprocessableException.class, () -> service.put("c-1", "nope", 1));
    verify(service.store, never()).put(anyString(), any(), anyInt(), anyInt());
    verify(service.metrics).rejected("not-listed");
  }

  @Test
  void shouldRefuseQuantitiesOutOfBoundsBeforeAskingAnyone() {
    listed("a", "1.00");
    for (int quantity : new int[] {0, -1, 101, Integer.MAX_VALUE}) {
      assertThrows(InvalidInputException.class, () -> service.put("c-1", "a", quantity));
    }
    verify(service.store, never()).put(anyString(), any(), anyInt(), anyInt());
  }

  @Test
  void shouldChangeExistingLineButNotAddNewOneWhileCatalogCannotBeAsked() {
    answers.put("a", new ProductLookup.Unavailable());
    when(service.store.changeQuantity("c-1", "a", 3)).thenReturn(true);
    service.put("c-1", "a", 3);
    verify(service.store).changeQuantity("c-1", "a", 3);

    answers.put("b", new ProductLookup.Unavailable());
    CatalogUnavailableException unavailable =
        assertThrows(CatalogUnavailableException.class, () -> service.put("c-1", "b", 1));
    assertEquals(503, unavailable.status());
    assertTrue(unavailable.headers().containsKey("Retry-After"));
  }
}
