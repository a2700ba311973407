package io.vitrina.support.context.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSnapshotTest {

  private static final String ORDER = "00000000-0000-4000-8000-0000000000a1";
  private static final String PRODUCT = "00000000-0000-4000-8000-0000000000b1";
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private static OrderEvent event(String id, String type, int minute, String status) {
    Instant time = T0.plusSeconds(60L * minute);
    return new OrderEvent(
        id,
        type,
        time,
        ORDER,
        "customer-1",
        status,
        OrderEvent.PLACED.equals(type)
            ? List.of(new OrderSnapshotLine(PRODUCT, "SKU-1", 2, new BigDecimal("9.50")))
            : List.of(),
        OrderEvent.PLACED.equals(type) ? new BigDecimal("23.95") : null,
        OrderEvent.PLACED.equals(type) ? "EUR" : null,
        time,
        null);
  }

  /** A whole life: placed, paid, shipped, delivered, returned, refunded. */
  private static List<OrderEvent> life() {
    return List.of(
        event("e1", OrderEvent.PLACED, 0, null),
        event("e2", OrderEvent.PAID, 1, null),
        event("e3", OrderEvent.STATUS_CHANGED, 1, "PAID"),
        event("e4", OrderEvent.STATUS_CHANGED, 5, "SHIPPED"),
        event("e5", OrderEvent.STATUS_CHANGED, 9, "DELIVERED"),
        event("e6", OrderEvent.STATUS_CHANGED, 20, "RETURNED"),
        event("e7", OrderEvent.REFUNDED, 21, null),
        event("e8", OrderEvent.STATUS_CHANGED, 21, "REFUNDED"));
  }

  private static OrderFacts replay(List<OrderEvent> events) {
    OrderSnapshot snapshot = new OrderSnapshot(ORDER, "customer-1");
    events.forEach(e -> e.applyTo(snapshot));
    return snapshot.facts();
  }

  @Test
  void shouldBuildTheOrderFromItsEvents() {
    OrderFacts facts = replay(life());
    assertEquals("REFUNDED", facts.status());
    assertEquals("REFUNDED", facts.paymentState());
    assertTrue(facts.refunded());
    assertEquals(new BigDecimal("23.95"), facts.total());
    assertEquals(2, facts.bought(PRODUCT));
    assertEquals(T0, facts.placedAt());
    assertEquals(T0.plusSeconds(9 * 60), facts.deliveredAt());
  }

  @Test
  void shouldRebuildTheSameStateWhateverOrderTheEventsArriveIn() {
    OrderFacts expected = replay(life());
    List<List<OrderEvent>> orders = new ArrayList<>();
    permutations(new ArrayList<>(life()), 0, orders);
    for (List<OrderEvent> order : orders) {
      assertEquals(expected, replay(order), () -> "arrival order " + ids(order));
    }
  }

  @Test
  void shouldChangeNothingWhenAnEventComesTwice() {
    List<OrderEvent> twice = new ArrayList<>(life());
    twice.addAll(life());
    assertEquals(replay(life()), replay(twice));
  }

  @Test
  void shouldNotLetAnOlderStatusOverwriteANewerOne() {
    OrderFacts facts =
        replay(
            List.of(
                event("e5", OrderEvent.STATUS_CHANGED, 9, "DELIVERED"),
                event("e4", OrderEvent.STATUS_CHANGED, 5, "SHIPPED")));
    assertEquals("DELIVERED", facts.status());
  }

  @Test
  void shouldKeepLaterStatusWhenOrderPlacedArrivesLast() {
    OrderFacts facts =
        replay(
            List.of(
                event("e5", OrderEvent.STATUS_CHANGED, 9, "DELIVERED"),
                event("e1", OrderEvent.PLACED, 0, null)));
    assertEquals("DELIVERED", facts.status());
    assertEquals(1, facts.lines().size());
    assertEquals("UNPAID", facts.paymentState());
  }

  @Test
  void shouldKnowNoLinesBeforeOrderPlacedArrives() {
    OrderFacts facts = replay(List.of(event("e4", OrderEvent.STATUS_CHANGED, 5, "SHIPPED")));
    assertEquals("SHIPPED", facts.status());
    assertTrue(facts.lines().isEmpty());
    assertNull(facts.total());
    assertFalse(facts.refunded());
  }

  @Test
  void shouldRefuseAStatusThatIsNoOrderStatus() {
    assertThrows(
        IllegalArgumentException.class,
        () -> replay(List.of(event("x", OrderEvent.STATUS_CHANGED, 1, "LOST"))));
  }

  private static void permutations(List<OrderEvent> events, int from, List<List<OrderEvent>> into) {
    if (from == events.size()) {
      into.add(List.copyOf(events));
      return;
    }
    for (int i = from; i < events.size(); i++) {
      java.util.Collections.swap(events, from, i);
      permutations(events, from + 1, into);
      java.util.Collections.swap(events, from, i);
    }
  }

  private static String ids(List<OrderEvent> events) {
    return events.stream().map(OrderEvent::eventId).toList().toString();
  }
}
