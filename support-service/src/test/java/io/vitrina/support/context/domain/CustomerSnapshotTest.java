package io.vitrina.support.context.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSnapshotTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private static CustomerEvent registered(int minute) {
    return new CustomerEvent(
        "r",
        CustomerEvent.REGISTERED,
        T0.plusSeconds(60L * minute),
        "u-1",
        "Ann",
        "ann@example.com",
        "ACTIVE");
  }

  private static CustomerEvent updated(int minute, String name, String status) {
    return new CustomerEvent(
        "u" + minute,
        CustomerEvent.UPDATED,
        T0.plusSeconds(60L * minute),
        "u-1",
        name,
        "ann@example.com",
        status);
  }

  private static CustomerEvent deleted(int minute) {
    return new CustomerEvent(
        "d", CustomerEvent.DELETED, T0.plusSeconds(60L * minute), "u-1", null, null, null);
  }

  private static CustomerCard replay(List<CustomerEvent> events) {
    CustomerSnapshot snapshot = new CustomerSnapshot("u-1");
    events.forEach(e -> e.applyTo(snapshot));
    return snapshot.card();
  }

  @Test
  void shouldKeepTheNewestDescriptionWhateverTheArrivalOrder() {
    CustomerCard inOrder =
        replay(
            List.of(registered(0), updated(1, "Ann B", "ACTIVE"), updated(2, "Ann C", "DISABLED")));
    CustomerCard shuffled =
        replay(
            List.of(updated(2, "Ann C", "DISABLED"), registered(0), updated(1, "Ann B", "ACTIVE")));
    assertEquals(new CustomerCard("u-1", "Ann C", "ann@example.com", "DISABLED"), inOrder);
    assertEquals(inOrder, shuffled);
  }

  @Test
  void shouldForgetEverythingPersonalOnDeletionForGood() {
    CustomerCard card =
        replay(List.of(registered(0), deleted(5), updated(9, "Back again", "ACTIVE")));
    assertEquals(CustomerSnapshot.DELETED, card.status());
    assertNull(card.displayName());
    assertNull(card.email());
    assertEquals(
        card, replay(List.of(updated(9, "Back again", "ACTIVE"), deleted(5), registered(0))));
  }

  @Test
  void shouldShowCustomersTheirNameOnly() {
    CustomerCard own = replay(List.of(registered(0))).forCustomer();
    assertEquals("Ann", own.displayName());
    assertNull(own.email());
    assertNull(own.status());
  }
}
