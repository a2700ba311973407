package io.vitrina.order.order.api;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLine;
import io.vitrina.order.order.domain.ShippingAddress;
import io.vitrina.order.payment.domain.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as its customer and staff see it. */
@Schema(name = "Order")
public record OrderView(
    String id,
    String customerId,
    @Schema(
            enumeration = {
              "PENDING_PAYMENT",
              "PAID",
              "FULFILLING",
              "SHIPPED",
              "DELIVERED",
              "CANCELLED",
              "PAYMENT_FAILED",
              "RETURN_REQUESTED",
              "RETURNED",
              "REFUNDED"
            })
        String status,
    String currency,
    List<Line> lines,
    BigDecimal subtotal,
    BigDecimal shipping,
    BigDecimal tax,
    BigDecimal total,
    Address shippingAddress,
    Instant placedAt,
    @Schema(description = "Until when an unpaid order may be paid; it is cancelled after")
        Instant paymentDueBy,
    Instant paidAt,
    List<PaymentLine> payments,
    long version) {

  /** A line at the price it was ordered at. */
  @Schema(name = "OrderLine")
  public record Line(
      String productId,
      String sku,
      String name,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal) {

    static Line of(OrderLine line) {
      return new Line(
          line.productId(),
          line.sku(),
          line.name(),
          line.quantity(),
          line.unitPrice(),
          line.lineTotal());
    }
  }

  /** Where the order ships; personal parts are null once the customer's account was deleted. */
  @Schema(name = "OrderAddress")
  public record Address(
      String fullName,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country) {

    static Address of(ShippingAddress address) {
      return new Address(
          address.fullName(),
          address.line1(),
          address.line2(),
          address.city(),
          address.region(),
          address.postalCode(),
          address.country());
    }
  }

  /** A charge or refund of the order. */
  @Schema(name = "OrderPayment")
  public record PaymentLine(
      String id,
      @Schema(enumeration = {"CHARGE", "REFUND"}) String kind,
      @Schema(enumeration = {"PENDING", "SUCCEEDED", "DECLINED", "UNKNOWN"}) String status,
      BigDecimal amount,
      String currency,
      String cardLast4,
      String failureCode,
      Instant createdAt) {

    static PaymentLine of(Payment payment) {
      return new PaymentLine(
          payment.id(),
          payment.kind().name(),
          payment.status().name(),
          payment.amount(),
          payment.currency(),
          payment.cardLast4().orElse(null),
          payment.failureCode().orElse(null),
          payment.createdAt());
    }
  }

  static OrderView of(Order order, List<Payment> payments) {
    return new OrderView(
        order.id(),
        order.customerId(),
        order.status().name(),
        order.currency(),
        order.lines().stream().map(Line::of).toList(),
        order.totals().subtotal(),
        order.totals().shipping(),
        order.totals().tax(),
        order.totals().total(),
        order.shippingAddress().map(Address::of).orElse(null),
        order.placedAt(),
        order.paymentDueBy().orElse(null),
        order.paidAt().orElse(null),
        payments.stream().map(PaymentLine::of).toList(),
        order.version());
  }
}
