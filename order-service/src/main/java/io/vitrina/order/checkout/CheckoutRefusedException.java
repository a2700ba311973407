package io.vitrina.order.checkout;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * A checkout refused because of particular products: 422 when cart lines cannot be sold (not for
 * sale any more, another currency), 409 when the catalog has too little stock. The problem lists
 * the products in {@code productIds}.
 */
public class CheckoutRefusedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final List<String> productIds;
  private final boolean orderCancelled;

  private CheckoutRefusedException(
      int status,
      String slug,
      String title,
      String detail,
      List<String> productIds,
      boolean orderCancelled) {
    super(status, ProblemDetail.type(slug), title, detail, List.of(), Map.of());
    this.productIds = List.copyOf(productIds);
    this.orderCancelled = orderCancelled;
  }

  /** 422: lines of the cart that cannot be ordered now. */
  public static CheckoutRefusedException unavailableLines(List<String> productIds) {
    return new CheckoutRefusedException(
        422,
        "unavailable-lines",
        "Cart lines unavailable",
        "Some products in your cart cannot be ordered now; remove them and check out again.",
        productIds,
        false);
  }

  /** 409: the catalog has too little stock; the order was placed and is cancelled. */
  public static CheckoutRefusedException outOfStock(
      String orderId, List<String> productIds, String catalogDetail) {
    return new CheckoutRefusedException(
        409,
        "out-of-stock",
        "Out of stock",
        "Order "
            + orderId
            + " was cancelled: not enough stock"
            + (catalogDetail == null || catalogDetail.isBlank() ? "." : " (" + catalogDetail + ")"),
        productIds,
        true);
  }

  /** 422: the catalog refused to hold a product that was for sale a moment before. */
  public static CheckoutRefusedException refusedByCatalog(String orderId, String catalogDetail) {
    return new CheckoutRefusedException(
        422,
        "unavailable-lines",
        "Cart lines unavailable",
        "Order "
            + orderId
            + " was cancelled: the catalog refused to hold its products"
            + (catalogDetail == null || catalogDetail.isBlank() ? "." : " (" + catalogDetail + ")"),
        List.of(),
        true);
  }

  public List<String> productIds() {
    return productIds;
  }

  /** Whether an order was placed and then cancelled: the answer is final for its request. */
  public boolean orderCancelled() {
    return orderCancelled;
  }
}
