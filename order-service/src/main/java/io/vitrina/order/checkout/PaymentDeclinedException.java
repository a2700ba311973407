package io.vitrina.order.checkout;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 402: the provider declined the card; the order is PAYMENT_FAILED and its stock released. */
public class PaymentDeclinedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String declineCode;

  public PaymentDeclinedException(String orderId, String declineCode) {
    super(
        402,
        ProblemDetail.type("payment-declined"),
        "Payment declined",
        "The payment for order "
            + orderId
            + " was declined ("
            + declineCode
            + "); the order is cancelled.",
        List.of(),
        Map.of());
    this.declineCode = declineCode;
  }

  public String declineCode() {
    return declineCode;
  }
}
