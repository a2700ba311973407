package io.vitrina.order.checkout;

import io.vitrina.order.cart.domain.Cart;
import io.vitrina.order.cart.domain.CartLine;
import io.vitrina.order.cart.domain.CartStore;
import io.vitrina.order.cart.domain.CatalogUnavailableException;
import io.vitrina.order.cart.domain.ListedProduct;
import io.vitrina.order.cart.domain.ProductCatalog;
import io.vitrina.order.cart.domain.ProductLookup;
import io.vitrina.order.idempotency.domain.Claim;
import io.vitrina.order.idempotency.domain.Idempotency;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.order.domain.ShippingAddress;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the caller's cart into an order:
 *
 * <ol>
 *   <li>every line is priced afresh by the catalog (outside any transaction): a line the catalog no
 *       longer sells, or in another currency, refuses the checkout (422 listing the products); a
 *       catalog that cannot be asked refuses it with 503; an empty cart with 422;
 *   <li>the shipping address is the request's, else the default of the customer's profile (422 when
 *       there is none);
 *   <li>the order is placed PENDING_PAYMENT with its price snapshot, totals and payment deadline,
 *       and order.placed is published, in one transaction;
 *   <li>catalog-service holds the stock (idempotent on the order id): too little stock cancels the
 *       order (order.cancelled, reason out-of-stock) and answers 409 naming the products; a catalog
 *       that cannot be asked cancels it and answers 503;
 *   <li>the ordered lines leave the cart;
 *   <li>with a card, the order is paid at once ({@link OrderPayments}).
 * </ol>
 *
 * Prices a client sends are never read: they are not part of the request.
 */
@ApplicationScoped
public class CheckoutService {

  /** A placed order, and the payment when the request paid. */
  public record Placed(Order order, Optional<OrderPayments.Result> payment) {}

  @Inject CartStore carts;
  @Inject ProductCatalog catalog;
  @Inject CustomerProfiles profiles;
  @Inject StockReservations reservations;
  @Inject OrderService orders;
  @Inject OrderSteps steps;
  @Inject OrderPayments payments;
  @Inject SagaMetrics metrics;
  @Inject Idempotency idempotency;

  /**
   * Checks out the customer's cart.
   *
   * @param bearer the caller's own Authorization header, to read their profile's address
   * @param address the address to ship to; empty for the profile's default
   * @param card the card to pay with now; empty to pay later
   */
  public Placed checkout(
      String customerId, String bearer, Optional<ShippingAddress> address, Optional<Card> card) {
    return checkout(customerId, bearer, address, card, null);
  }

  /**
   * Checks out the customer's cart under an idempotency key: the order is recorded on the key in
   * the transaction that places it. When an earlier run of the same request died after placing its
   * order ({@link Claim#resumes}), that order is carried on instead — its stock held, its lines
   * taken out of the cart — and answered as it stands; no second order is placed. A card is then
   * not charged again: the order awaits payment, unless the earlier run's charge settles it.
   *
   * @param claim the request's hold on its key; null outside an idempotent request
   */
  public Placed checkout(
      String customerId,
      String bearer,
      Optional<ShippingAddress> address,
      Optional<Card> card,
      Claim claim) {
    long started = System.nanoTime();
    String outcome = "rejected";
    try {
      Placed placed =
          claim != null && claim.resumes()
              ? resume(customerId, claim.resumedOrderId())
              : place(customerId, bearer, address, card, claim);
      outcome = "placed";
      return placed;
    } catch (CatalogUnavailableException unavailable) {
      outcome = "catalog-unavailable";
      throw unavailable;
    } catch (CheckoutRefusedException refused) {
      outcome = refused.status() == 409 ? "out-of-stock" : "rejected";
      throw refused;
    } catch (PaymentDeclinedException declined) {
      // The order was placed; its payment is counted under payments.
      outcome = "placed";
      throw declined;
    } finally {
      metrics.checkout(outcome, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private Placed place(
      String customerId,
      String bearer,
      Optional<ShippingAddress> address,
      Optional<Card> card,
      Claim claim) {
    Cart cart =
        carts
            .find(customerId)
            .filter(c -> !c.lines().isEmpty())
            .orElseThrow(() -> new UnprocessableException("Your cart is empty."));
    Priced priced = price(cart);
    ShippingAddress shipTo =
        address.or(() -> profiles.defaultAddress(bearer)).orElseThrow(CheckoutService::noAddress);

    Order order =
        orders.place(
            customerId,
            priced.currency(),
            priced.lines(),
            shipTo,
            customerId,
            placed -> {
              if (claim != null) {
                idempotency.attachOrder(claim, placed.id());
              }
            });

    hold(
        order.id(),
        priced.lines().stream()
            .map(l -> new StockReservations.Line(l.productId(), l.quantity()))
            .toList());
    carts.removeOrdered(
        customerId, priced.lines().stream().map(OrderLineDraft::productId).toList());

    if (card.isEmpty()) {
      return new Placed(order, Optional.empty());
    }
    return new Placed(
        order, Optional.of(payments.pay(order.id(), new Caller(customerId, false), card.get())));
  }

  /**
   * Carries on an order an abandoned run of the same checkout placed: holds its stock (idempotent
   * on the order id, so stock already held is not held twice) and takes its lines out of the cart,
   * while it awaits payment; answers it as it stands.
   */
  private Placed resume(String customerId, String orderId) {
    Order order =
        orders
            .find(orderId)
            .filter(o -> o.customerId().equals(customerId))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Order " + orderId + " recorded on the customer's key is not theirs"));
    if (order.status() == OrderStatus.PENDING_PAYMENT) {
      List<StockReservations.Line> lines =
          order.lines().stream()
              .map(l -> new StockReservations.Line(l.productId(), l.quantity()))
              .toList();
      hold(order.id(), lines);
      carts.removeOrdered(
          customerId, lines.stream().map(StockReservations.Line::productId).toList());
      order = orders.find(orderId).orElse(order);
    }
    return new Placed(order, Optional.empty());
  }

  /** Holds the order's stock; when the catalog cannot, cancels the order and says why. */
  private void hold(String orderId, List<StockReservations.Line> lines) {
    StockReservations.Outcome held = reservations.hold(orderId, lines);
    if (held instanceof StockReservations.Outcome.Short shortOf) {
      steps.cancelPlaced(orderId, "out-of-stock");
      metrics.compensation("release");
      throw CheckoutRefusedException.outOfStock(orderId, shortOf.productIds(), shortOf.detail());
    }
    if (held instanceof StockReservations.Outcome.Refused refused) {
      steps.cancelPlaced(orderId, "catalog-refused");
      metrics.compensation("release");
      throw CheckoutRefusedException.refusedByCatalog(orderId, refused.detail());
    }
    if (held instanceof StockReservations.Outcome.Unavailable) {
      steps.cancelPlaced(orderId, "catalog-unavailable");
      metrics.compensation("release");
      throw new CatalogUnavailableException(
          "The catalog could not hold the stock of order "
              + orderId
              + ", which is cancelled; check out again shortly.");
    }
  }

  private record Priced(String currency, List<OrderLineDraft> lines) {}

  /** The cart's lines at the catalog's prices now. */
  private Priced price(Cart cart) {
    String currency = null;
    List<OrderLineDraft> lines = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (CartLine line : cart.lines()) {
      ProductLookup answer = catalog.lookup(line.productId());
      if (answer instanceof ProductLookup.Unavailable) {
        throw new CatalogUnavailableException(
            "The catalog cannot confirm the prices of your cart now; check out again shortly.");
      }
      if (!(answer instanceof ProductLookup.Listed listed)) {
        unavailable.add(line.productId());
        continue;
      }
      ListedProduct product = listed.product();
      if (currency == null) {
        currency = product.currency();
      }
      if (!currency.equals(product.currency())) {
        unavailable.add(line.productId());
        continue;
      }
      lines.add(
          new OrderLineDraft(
              product.id(), product.sku(), product.name(), line.quantity(), product.price()));
    }
    if (!unavailable.isEmpty()) {
      throw CheckoutRefusedException.unavailableLines(unavailable);
    }
    return new Priced(currency, lines);
  }

  private static ProblemException noAddress() {
    return new UnprocessableException(
        "No shipping address: send a shippingAddress or add an address to your profile.");
  }
}
