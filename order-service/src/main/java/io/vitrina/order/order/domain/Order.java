package io.vitrina.order.order.domain;

import io.vitrina.order.pricing.Totals;
import io.vitrina.platform.problem.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An order: the lines at the prices they were sold at, the totals it was placed at, and its status,
 * which moves only as {@link OrderStatus} allows, each move kept in its history. Never serialised
 * to a client.
 */
// "Order" is a JPQL keyword: the entity goes by another name in queries.
@Entity(name = "CustomerOrder")
@Table(name = "orders")
@NamedQuery(
    name = "Order.dueForExpiry",
    query =
        "SELECT o.id FROM CustomerOrder o WHERE o.status = :status AND o.paymentDueBy < :now"
            + " ORDER BY o.paymentDueBy")
public class Order {

  /** The longest reason the history keeps. */
  public static final int MAX_REASON = 500;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "customer_id", length = 64, nullable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 24, nullable = false)
  private OrderStatus status;

  @Column(name = "currency", length = 3, nullable = false)
  private String currency;

  @Column(name = "subtotal", precision = 19, scale = 4, nullable = false)
  private BigDecimal subtotal;

  @Column(name = "shipping", precision = 19, scale = 4, nullable = false)
  private BigDecimal shipping;

  @Column(name = "tax", precision = 19, scale = 4, nullable = false)
  private BigDecimal tax;

  @Column(name = "total", precision = 19, scale = 4, nullable = false)
  private BigDecimal total;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  /** When the payment was captured; stays set through cancellation and refund. */
  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Until when an order awaiting payment may be paid; null for orders placed without a window. */
  @Column(name = "payment_due_by")
  private Instant paymentDueBy;

  /** Null only for orders placed before checkout took addresses. */
  @Embedded private ShippingAddress shippingAddress;

  @Column(name = "shipping_anonymised_at")
  private Instant shippingAnonymisedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(
      mappedBy = "owner",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("lineNo ASC")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("id ASC")
  private List<OrderStatusChange> history = new ArrayList<>();

  protected Order() {}

  /**
   * A new order awaiting payment.
   *
   * @throws IllegalArgumentException without lines, with a product twice, or with totals whose
   *     subtotal is not the sum of the lines
   */
  public static Order place(
      String customerId,
      String currency,
      List<OrderLineDraft> drafts,
      Totals totals,
      String actor,
      Instant now) {
    return place(customerId, currency, drafts, totals, null, null, actor, now);
  }

  /**
   * A new order awaiting payment until {@code paymentDueBy}, shipping to {@code shippingAddress}.
   *
   * @throws IllegalArgumentException without lines, with a product twice, with totals whose
   *     subtotal is not the sum of the lines, or with a deadline before {@code now}
   */
  public static Order place(
      String customerId,
      String currency,
      List<OrderLineDraft> drafts,
      Totals totals,
      ShippingAddress shippingAddress,
      Instant paymentDueBy,
      String actor,
      Instant now) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(currency, "currency");
    if (drafts.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
    Set<String> products = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (OrderLineDraft draft : drafts) {
      if (!products.add(draft.productId())) {
        throw new IllegalArgumentException("product " + draft.productId() + " is on two lines");
      }
      sum = sum.add(draft.priced().lineTotal());
    }
    if (sum.compareTo(totals.subtotal()) != 0
        || totals.subtotal().add(totals.shipping()).add(totals.tax()).compareTo(totals.total())
            != 0) {
      throw new IllegalArgumentException("the totals do not add up to the lines");
    }
    Order order = new Order();
    order.id = UUID.randomUUID().toString();
    order.customerId = customerId;
    order.currency = currency;
    order.subtotal = totals.subtotal();
    order.shipping = totals.shipping();
    order.tax = totals.tax();
    order.total = totals.total();
    order.placedAt = now;
    order.updatedAt = now;
    if (paymentDueBy != null && paymentDueBy.isBefore(now)) {
      throw new IllegalArgumentException("the payment deadline is before the order was placed");
    }
    order.paymentDueBy = paymentDueBy;
    order.shippingAddress = shippingAddress;
    for (int i = 0; i < drafts.size(); i++) {
      order.lines.add(new OrderLine(order, i + 1, drafts.get(i)));
    }
    order.status = OrderStatus.PENDING_PAYMENT;
    order.history.add(
        new OrderStatusChange(order, null, OrderStatus.PENDING_PAYMENT, actor, now, "placed"));
    return order;
  }

  /**
   * Moves the order to another status and records who did it and why.
   *
   * @return the recorded change
   * @throws ConflictException (409) when the table of {@link OrderStatus} does not allow the move
   */
  public OrderStatusChange moveTo(OrderStatus target, String actor, String reason, Instant now) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actor, "actor");
    if (!status.canBecome(target, isPaid())) {
      throw new ConflictException(
          "Order " + id + " is " + status + " and cannot become " + target + ".");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("a reason has at most " + MAX_REASON + " characters");
    }
    OrderStatusChange change = new OrderStatusChange(this, status, target, actor, now, reason);
    history.add(change);
    if (target == OrderStatus.PAID) {
      paidAt = now;
    }
    status = target;
    updatedAt = now;
    return change;
  }

  /**
   * Whether an order awaiting payment has run out of time at {@code now}: only orders still
   * PENDING_PAYMENT with a deadline strictly before {@code now}.
   */
  public boolean isPaymentOverdue(Instant now) {
    return status == OrderStatus.PENDING_PAYMENT
        && paymentDueBy != null
        && paymentDueBy.isBefore(now);
  }

  /** Removes what names or locates the customer from the shipping address; false if done before. */
  public boolean anonymiseShipping(Instant now) {
    if (shippingAnonymisedAt != null) {
      return false;
    }
    if (shippingAddress != null) {
      shippingAddress = shippingAddress.anonymised();
    }
    shippingAnonymisedAt = now;
    updatedAt = now;
    return true;
  }

  /** Whether the payment was ever captured. */
  public boolean isPaid() {
    return paidAt != null;
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public OrderStatus status() {
    return status;
  }

  public String currency() {
    return currency;
  }

  public Totals totals() {
    return new Totals(cents(subtotal), cents(shipping), cents(tax), cents(total));
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> paymentDueBy() {
    return Optional.ofNullable(paymentDueBy);
  }

  public Optional<ShippingAddress> shippingAddress() {
    return Optional.ofNullable(shippingAddress);
  }

  public Optional<Instant> shippingAnonymisedAt() {
    return Optional.ofNullable(shippingAnonymisedAt);
  }

  public long version() {
    return version;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  /** Every status the order went through, oldest first. */
  public List<OrderStatusChange> history() {
    return Collections.unmodifiableList(history);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
