package io.vitrina.order.order.api;

import io.vitrina.order.payment.domain.CardCheck;
import io.vitrina.platform.problem.Violation;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment card. Checked by {@link CardCheck} (Luhn, expiry, CVC); never stored, never logged: the
 * payment record keeps the last four digits only.
 */
@Schema(name = "Card")
public record CardRequest(
    @Schema(example = "4242424242424242") String number,
    @Schema(example = "12") Integer expiryMonth,
    @Schema(example = "2030") Integer expiryYear,
    @Schema(example = "123") String cvc) {

  List<Violation> violations(String prefix, YearMonth now) {
    return CardCheck.violations(prefix, number, expiryMonth, expiryYear, cvc, now);
  }

  @Override
  public String toString() {
    return "CardRequest[****]";
  }
}
