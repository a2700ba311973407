package io.vitrina.order.payment.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.ChargeRequest;
import io.vitrina.order.payment.domain.GatewayResult;
import io.vitrina.order.payment.domain.PaymentTimeoutException;
import io.vitrina.order.payment.domain.RefundRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimulatedPaymentGatewayTest {

  private static final String APPROVE = "4242424242424242";
  private static final String DECLINE = "4000000000000002";
  private static final String TIMEOUT = "4000000000000119";

  private final List<Duration> waits = new ArrayList<>();
  private final SimulatedPaymentGateway gateway =
      new SimulatedPaymentGateway(
          Set.of(APPROVE), Set.of(DECLINE), Set.of(TIMEOUT), Duration.ofSeconds(10), waits::add);

  private static ChargeRequest charge(String card, String amount) {
    return new ChargeRequest(
        UUID.randomUUID().toString(), "order-1", new BigDecimal(amount), "EUR", new Card(card));
  }

  private static RefundRequest refund(String chargeReference, String amount) {
    return new RefundRequest(
        UUID.randomUUID().toString(), chargeReference, new BigDecimal(amount), "EUR");
  }

  @Test
  void shouldApproveTheApprovingCard() {
    GatewayResult result = gateway.charge(charge(APPROVE, "36.84"));
    assertTrue(result.succeeded());
    assertTrue(result.providerReference().startsWith("sim_ch_"));
    assertEquals(result, gateway.lookup(result.providerReference()).orElseThrow());
  }

  @Test
  void shouldDeclineTheDecliningCardAndUnknownCards() {
    GatewayResult declined = gateway.charge(charge(DECLINE, "10.00"));
    assertEquals(GatewayResult.Outcome.DECLINED, declined.outcome());
    assertEquals("card_declined", declined.failureCode());
    assertEquals(
        "card_not_supported", gateway.charge(charge("5555555555554444", "10.00")).failureCode());
  }

  @Test
  void shouldNotAnswerInTimeForTheTimeoutCardAndKeepNoRecord() {
    ChargeRequest request = charge(TIMEOUT, "10.00");
    assertThrows(PaymentTimeoutException.class, () -> gateway.charge(request));
    assertEquals(List.of(Duration.ofSeconds(10)), waits);
    assertTrue(gateway.lookup(request.reference()).isEmpty());
  }

  @Test
  void shouldAnswerTheSameReferenceWithTheFirstResult() {
    ChargeRequest request = charge(APPROVE, "10.00");
    GatewayResult first = gateway.charge(request);
    assertEquals(first, gateway.charge(request));
    assertEquals(first, gateway.lookup(request.reference()).orElseThrow());
  }

  @Test
  void shouldRefundUpToTheChargeAndNoMore() {
    String charged = gateway.charge(charge(APPROVE, "30.00")).providerReference();
    assertTrue(gateway.refund(refund(charged, "20.00")).succeeded());
    GatewayResult tooMuch = gateway.refund(refund(charged, "10.01"));
    assertFalse(tooMuch.succeeded());
    assertEquals("amount_exceeds_charge", tooMuch.failureCode());
    assertTrue(gateway.refund(refund(charged, "10.00")).succeeded());
  }

  @Test
  void shouldRefuseToRefundDeclinedOrUnknownCharges() {
    String declined = gateway.charge(charge(DECLINE, "30.00")).providerReference();
    assertEquals("charge_not_refundable", gateway.refund(refund(declined, "1.00")).failureCode());
    assertEquals(
        "charge_not_refundable", gateway.refund(refund("sim_ch_nope", "1.00")).failureCode());
  }

  @Test
  void shouldRefuseRefundInAnotherCurrency() {
    String charged = gateway.charge(charge(APPROVE, "30.00")).providerReference();
    GatewayResult result =
        gateway.refund(
            new RefundRequest(UUID.randomUUID().toString(), charged, BigDecimal.ONE, "USD"));
    assertEquals("currency_mismatch", result.failureCode());
  }

  @Test
  void shouldNeverShowTheCardNumber() {
    assertEquals("Card[****4242]", new Card(APPROVE).toString());
    assertThrows(IllegalArgumentException.class, () -> new Card("4242-4242"));
  }
}
