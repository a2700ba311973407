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
 * How much an approved return gives back. An order may come back in parts, one return after
 * another. A return that brings back the order's last units gives back what is left of the order
 * total (shipping included), so that an order returned whole, at once or in parts, is refunded its
 * whole total. Any other return gives back the returned units at the prices they were sold at, plus
 * the matching share of the order's tax (tax × returned goods ÷ goods subtotal, rounded once to
 * cents, half to even); shipping is not refunded for those.
 */
public final class ReturnRefunds {

  private ReturnRefunds() {}

  /** A first return of the order: nothing came back before. */
  public static Optional<BigDecimal> amount(Order order, List<ReturnApproved.Line> returned) {
    return amount(order, Map.of(), BigDecimal.ZERO, returned);
  }

  /**
   * The amount to refund, or empty when a line names a product the order did not buy, more units
   * than are left of it, or no unit at all.
   *
   * @param returnedBefore units per product that earlier returns of the order brought back
   * @param refundedBefore what the refunds of those earlier returns gave back
   */
  public static Optional<BigDecimal> amount(
      Order order,
      Map<String, Integer> returnedBefore,
      BigDecimal refundedBefore,
      List<ReturnApproved.Line> returned) {
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
    for (Map.Entry<String, Integer> entry : units.entrySet()) {
      OrderLine line = bought.get(entry.getKey());
      int left =
          line == null ? 0 : line.quantity() - returnedBefore.getOrDefault(line.productId(), 0);
      if (line == null || entry.getValue() <= 0 || entry.getValue() > left) {
        return Optional.empty();
      }
      goods = goods.add(line.unitPrice().multiply(BigDecimal.valueOf(entry.getValue())));
    }
    boolean last =
        bought.values().stream()
            .allMatch(
                line ->
                    returnedBefore.getOrDefault(line.productId(), 0)
                            + units.getOrDefault(line.productId(), 0)
                        == line.quantity());
    if (last) {
      return Optional.of(
          order
              .totals()
              .total()
              .subtract(refundedBefore)
              .max(BigDecimal.ZERO)
              .setScale(Money.SCALE, Money.ROUNDING));
    }
    BigDecimal subtotal = order.totals().subtotal();
    BigDecimal taxShare =
        subtotal.signum() == 0
            ? BigDecimal.ZERO
            : order.totals().tax().multiply(goods).divide(subtotal, Money.SCALE, Money.ROUNDING);
    return Optional.of(goods.add(taxShare).setScale(Money.SCALE, RoundingMode.UNNECESSARY));
  }
}
