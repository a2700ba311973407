package io.vitrina.catalog.orderevents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.catalog.inventory.domain.InventoryAdjustment;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderCancelled;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderPaid;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderRefunded;
import io.vitrina.catalog.orderevents.domain.OrderEvent.RefundedLine;
import io.vitrina.catalog.reservation.domain.Reservation;
import io.vitrina.catalog.reservation.domain.ReservationLine;
import io.vitrina.catalog.reservation.domain.ReservationRepository;
import io.vitrina.catalog.reservation.domain.ReservationService;
import io.vitrina.platform.events.ProcessedEvents;
import io.vitrina.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The reactions' decisions, with the stores and the stock-moving services stubbed. */
@ExtendWith(MockitoExtension.class)
class OrderEventReactionsTest {

  private static final String EVENT = "e-1";
  private static final String ORDER = "7d0c2b8e-1a3f-4c5d-8e9f-0a1b2c3d4e5f";
  private static final String PRODUCT = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
  private static final Duration TTL = Duration.ofMinutes(15);

  @Mock ProcessedEvents processed;
  @Mock RestockedRefunds refunds;
  @Mock ReservationRepository reservationRepository;
  @Mock ReservationService reservationService;
  @Mock InventoryService inventory;

  private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
  private final OrderEventReactions reactions = new OrderEventReactions();

  @BeforeEach
  void wire() {
    reactions.processed = processed;
    reactions.refunds = refunds;
    reactions.reservationRepository = reservationRepository;
    reactions.reservations = reservationService;
    reactions.inventory = inventory;
    reactions.clock = clock;
  }

  private void firstTime() {
    when(processed.mark(anyString(), anyString(), any(Instant.class))).thenReturn(true);
  }

  private Reservation held(int quantity) {
    Reservation reservation =
        Reservation.hold(
            ORDER, List.of(new ReservationLine(PRODUCT, quantity)), clock.instant(), TTL);
    when(reservationRepository.findForUpdate(ORDER)).thenReturn(Optional.of(reservation));
    return reservation;
  }

  private Reservation committed(int quantity) {
    Reservation reservation = held(quantity);
    reservation.commit(clock.instant());
    return reservation;
  }

  @Test
  void shouldDoNothingForAnEventProcessedBefore() {
    when(processed.mark(EVENT, "order.paid", clock.instant())).thenReturn(false);

    assertEquals(Outcome.DUPLICATE, reactions.react(new OrderPaid(EVENT, ORDER)));

    verify(reservationRepository, never()).findForUpdate(anyString());
    verify(reservationService, never()).commit(anyString());
  }

  @Test
  void shouldCommitTheHeldReservationOfAPaidOrder() {
    firstTime();
    held(2);

    assertEquals(Outcome.PROCESSED, reactions.react(new OrderPaid(EVENT, ORDER)));

    verify(reservationService).commit(ORDER);
  }

  @Test
  void shouldIgnoreAnOrderItNeverSaw() {
    firstTime();
    when(reservationRepository.findForUpdate(ORDER)).thenReturn(Optional.empty());

    assertEquals(Outcome.IGNORED, reactions.react(new OrderPaid(EVENT, ORDER)));
    assertEquals(Outcome.IGNORED, reactions.react(new OrderCancelled("e-2", ORDER, null)));

    verify(reservationService, never()).commit(anyString());
    verify(reservationService, never()).release(anyString());
  }

  @Test
  void shouldNotCommitAReservationThatExpiredBeforeThePayment() {
    firstTime();
    held(2);
    clock.advance(TTL);

    assertEquals(Outcome.IGNORED, reactions.react(new OrderPaid(EVENT, ORDER)));

    verify(reservationService, never()).commit(anyString());
  }

  @Test
  void shouldReleaseTheHeldReservationOfACancelledOrder() {
    firstTime();
    held(2);

    assertEquals(Outcome.PROCESSED, reactions.react(new OrderCancelled(EVENT, ORDER, "no")));

    verify(reservationService).release(ORDER);
  }

  @Test
  void shouldLeaveAPaidOrdersStockAloneOnCancellation() {
    firstTime();
    committed(2);

    assertEquals(Outcome.IGNORED, reactions.react(new OrderCancelled(EVENT, ORDER, "late")));

    verify(reservationService, never()).release(anyString());
  }

  private void firstRestockOf(String refundId) {
    when(refunds.mark(refundId, ORDER, clock.instant())).thenReturn(true);
  }

  @Test
  void shouldRestockARefundedOrderAsAnAuditedAdjustmentByOrderService() {
    firstTime();
    firstRestockOf("r-9");
    committed(3);
    when(inventory.restock(PRODUCT, 2, "refund r-9 of order " + ORDER, "order-service"))
        .thenReturn(Optional.of(new InventoryAdjustment(PRODUCT, 2, "r", "a", clock.instant(), 5)));

    assertEquals(
        Outcome.PROCESSED,
        reactions.react(
            new OrderRefunded(EVENT, ORDER, "r-9", true, List.of(new RefundedLine(PRODUCT, 2)))));

    verify(inventory).restock(PRODUCT, 2, "refund r-9 of order " + ORDER, "order-service");
  }

  @Test
  void shouldNotRestockARefundWithoutRestock() {
    firstTime();
    committed(3);

    assertEquals(
        Outcome.IGNORED,
        reactions.react(
            new OrderRefunded(EVENT, ORDER, "r-9", false, List.of(new RefundedLine(PRODUCT, 2)))));

    verify(inventory, never()).restock(anyString(), anyInt(), anyString(), anyString());
  }

  @Test
  void shouldNotRestockWhatWasNeverSold() {
    firstTime();
    held(3);

    assertEquals(
        Outcome.IGNORED,
        reactions.react(
            new OrderRefunded(EVENT, ORDER, "r-9", true, List.of(new RefundedLine(PRODUCT, 1)))));

    verify(inventory, never()).restock(anyString(), anyInt(), anyString(), anyString());
  }

  @Test
  void shouldRestockARefundOnceWhenItComesAgainInAnEventWithANewId() {
    firstTime();
    committed(3);
    when(refunds.mark("r-9", ORDER, clock.instant())).thenReturn(false);

    assertEquals(
        Outcome.DUPLICATE,
        reactions.react(
            new OrderRefunded("e-2", ORDER, "r-9", true, List.of(new RefundedLine(PRODUCT, 2)))));

    verify(inventory, never()).restock(anyString(), anyInt(), anyString(), anyString());
  }

  @Test
  void shouldNotRestockMoreOfAProductThanTheOrderBought() {
    firstTime();
    firstRestockOf("r-9");
    committed(3);
    String other = "00000000-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

    assertEquals(
        Outcome.IGNORED,
        reactions.react(
            new OrderRefunded(
                EVENT,
                ORDER,
                "r-9",
                true,
                List.of(new RefundedLine(PRODUCT, 4), new RefundedLine(other, 1)))));

    verify(inventory, never()).restock(anyString(), anyInt(), anyString(), anyString());
  }
}
