package io.vitrina.order.payment.domain;

import java.util.Objects;

/**
 * What a provider answered.
 *
 * @param providerReference the provider's id of the charge or refund
 * @param failureCode why it was declined; null when it succeeded
 */
public record GatewayResult(Outcome outcome, String providerReference, String failureCode) {

  /** Whether money moved. */
  public enum Outcome {
    SUCCEEDED,
    DECLINED
  }

  public GatewayResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(providerReference, "providerReference");
  }

  public static GatewayResult succeeded(String providerReference) {
    return new GatewayResult(Outcome.SUCCEEDED, providerReference, null);
  }

  public static GatewayResult declined(String providerReference, String failureCode) {
    return new GatewayResult(Outcome.DECLINED, providerReference, failureCode);
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCEEDED;
  }
}
