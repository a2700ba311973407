package io.vitrina.catalog.reservation.domain;

import io.vitrina.platform.problem.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts requested lines in their one canonical form: one line per product, in product-id order. That
 * order is also the order in which stock rows are locked, so two reservations never wait for each
 * other's rows the other way round (no deadlock); and it makes "the same request again"
 * recognisable however the client ordered or split its lines.
 */
public final class ReservationLines {

  /** The most of one product a reservation may hold. */
  public static final int MAX_QUANTITY = 10_000;

  /** The most products one reservation may hold. */
  public static final int MAX_LINES = 100;

  private ReservationLines() {}

  /**
   * @throws InvalidInputException when there are no lines, a quantity is not positive, or a
   *     product's merged quantity or the number of products is too large
   */
  public static List<ReservationLine> normalise(List<ReservationLine> requested) {
    if (requested == null || requested.isEmpty()) {
      throw new InvalidInputException("lines", "must not be empty");
    }
    Map<String, Integer> merged = new TreeMap<>();
    for (ReservationLine line : requested) {
      if (line.quantity() <= 0) {
        throw new InvalidInputException("lines", "every quantity must be greater than 0");
      }
      int total = merged.merge(line.productId(), line.quantity(), ReservationLines::addCapped);
      if (total > MAX_QUANTITY) {
        throw new InvalidInputException(
            "lines", "at most " + MAX_QUANTITY + " of one product per reservation");
      }
    }
    if (merged.size() > MAX_LINES) {
      throw new InvalidInputException(
          "lines", "at most " + MAX_LINES + " different products per reservation");
    }
    return merged.entrySet().stream()
        .map(e -> new ReservationLine(e.getKey(), e.getValue()))
        .toList();
  }

  /** A sum that cannot wrap around: anything above the cap is refused anyway. */
  private static int addCapped(int a, int b) {
    return (int) Math.min((long) a + b, MAX_QUANTITY + 1L);
  }
}
