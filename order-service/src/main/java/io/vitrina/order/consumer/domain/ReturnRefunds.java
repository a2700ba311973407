package io.vitrina.order.consumer.domain;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLine;
import io.vitrina.order.pricing.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much an approved return gives back. When every unit of every line comes back, the whole order
 * total (shipping included). Otherwise the returned units at the prices they were sold at, plus the
 * matching share of the order's tax (tax × returned goods ÷ goods subtotal, rounded once to cents,
 * half to even); shipping is not refunded for a partial return.
 */
public final class ReturnRefunds {

  private ReturnRefunds() {}

  /**
   * The amount to refund, or empty when a line names a product the order did not buy, more units
   * than it bought, or no unit at all.
   */
  public static Optional<BigDecimal> amount(Order order, List<ReturnApproved.Line> returned) {
    Map<String, OrderLine> bought =
        order.lines().stream().collect(Collectors.toMap(OrderLine::productId, l -> l));
    Map<String, Integer> units =
        returned.stream()
            .collect(
                Collectors.toMap(
                    ReturnApproved.Line::productId, ReturnApproved.Line::quantity, Integer::sum));
    if (units.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal goods = BigDecimal.ZERO;
    boolean everything = true;
    for (Map.Entry<String, Integer> entry : units.entrySet()) {
      OrderLine line = bought.get(entry.getKey());
      if (line == null || entry.getValue() <= 0 || entry.getValue() > line.quantity()) {
        return Optional.empty();
      }
      everything &= entry.getValue() == line.quantity();
      goods = goods.add(line.unitPrice().multiply(BigDecimal.valueOf(entry.getValue())));
    }
    everything &= units.keySet().containsAll(bought.keySet());
    if (everything) {
      return Optional.of(order.totals().total());
    }
    BigDecimal subtotal = order.totals().subtotal();
    BigDecimal taxShare =
        subtotal.signum() == 0
            ? BigDecimal.ZERO
            : order.totals().tax().multiply(goods).divide(subtotal, Money.SCALE, Money.ROUNDING);
    return Optional.of(goods.add(taxShare).setScale(Money.SCALE, RoundingMode.UNNECESSARY));
  }
}
