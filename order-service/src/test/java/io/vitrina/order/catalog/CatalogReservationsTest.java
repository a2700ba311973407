package io.vitrina.order.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.order.checkout.StockReservations.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReservationsTest {

  private static final String A = "0b6a3c1e-1111-4a4a-8b8b-000000000001";
  private static final String B = "0b6a3c1e-1111-4a4a-8b8b-000000000002";

  @Test
  void shouldNameTheShortProductsOfTheOrderFromTheCatalogsDetail() {
    List<Line> lines = List.of(new Line(A, 1), new Line(B, 2));
    assertEquals(
        List.of(B),
        CatalogReservations.products(
            "Product " + B + " has fewer than 2 units available; nothing was reserved.", lines));
  }

  @Test
  void shouldNameNothingWhenTheDetailNamesNoProductOfTheOrder() {
    List<Line> lines = List.of(new Line(A, 1));
    assertEquals(List.of(), CatalogReservations.products("Insufficient stock", lines));
    assertEquals(List.of(), CatalogReservations.products(null, lines));
    assertEquals(List.of(), CatalogReservations.products("Product " + B + " is short", lines));
  }
}
