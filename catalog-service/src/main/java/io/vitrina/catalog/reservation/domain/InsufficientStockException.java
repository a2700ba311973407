package io.vitrina.catalog.reservation.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 409: a reservation line asks for more of a product than is available; nothing is reserved. */
public class InsufficientStockException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InsufficientStockException(String productId, int quantity) {
    super(
        409,
        ProblemDetail.type("insufficient-stock"),
        "Insufficient stock",
        "Product "
            + productId
            + " has fewer than "
            + quantity
            + " units available; nothing was reserved.",
        List.of(),
        Map.of());
  }
}
