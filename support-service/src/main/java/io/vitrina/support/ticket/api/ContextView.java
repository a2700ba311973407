package io.vitrina.support.ticket.api;

import io.vitrina.support.context.domain.CustomerCard;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.context.domain.TicketContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket's customer and order, live from their services or from this service's read model. A
 * customer reading their own ticket gets their name only, not their email or account status.
 */
@Schema(name = "TicketContext")
public record ContextView(
    CustomerView customer,
    OrderView order,
    @Schema(
            enumeration = {"live", "snapshot", "unavailable"},
            description =
                "live: every part from its service now; snapshot: a part from the read model;"
                    + " unavailable: a part from neither")
        String source,
    @Schema(description = "When the oldest part was true; absent when unavailable") Instant asOf) {

  /** The ticket's customer. */
  @Schema(name = "TicketContextCustomer")
  public record CustomerView(
      String id,
      String displayName,
      @Schema(description = "Agents only") String email,
      @Schema(
              enumeration = {"ACTIVE", "DISABLED", "DELETED"},
              description = "Agents only")
          String status) {}

  /** The order the ticket names, if it is the customer's. */
  @Schema(name = "TicketContextOrder")
  public record OrderView(
      String id,
      String status,
      BigDecimal total,
      String currency,
      List<LineView> lines,
      @Schema(enumeration = {"UNPAID", "PAID", "REFUNDED"}) String paymentState,
      Instant placedAt,
      Instant deliveredAt,
      boolean refunded) {}

  /** A line of the order. */
  @Schema(name = "TicketContextOrderLine")
  public record LineView(String productId, String sku, int quantity, BigDecimal unitPrice) {}

  static ContextView of(TicketContext context) {
    CustomerCard c = context.customer();
    OrderFacts o = context.order();
    return new ContextView(
        c == null ? null : new CustomerView(c.id(), c.displayName(), c.email(), c.status()),
        o == null
            ? null
            : new OrderView(
                o.id(),
                o.status(),
                o.total(),
                o.currency(),
                o.lines().stream()
                    .map(l -> new LineView(l.productId(), l.sku(), l.quantity(), l.unitPrice()))
                    .toList(),
                o.paymentState(),
                o.placedAt(),
                o.deliveredAt(),
                o.refunded()),
        context.source().name().toLowerCase(Locale.ROOT),
        context.asOf());
  }
}
