package io.vitrina.order.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A customer's cart through its whole life, priced by the real catalog. */
@MicroShedTest
class CartIT {

  @Test
  void shouldStartEmpty() {
    Cart.get(Tokens.customer())
        .then()
        .statusCode(200)
        .body("lines", hasSize(0))
        .body("total", equalTo(0.0f))
        .body("currency", nullValue());
  }

  @Test
  void shouldAddChangeRemoveAndClearLinesWithCatalogPrices() {
    String admin = Tokens.admin();
    String shirt = Catalog.activeProduct(admin, "19.99");
    String socks = Catalog.activeProduct(admin, "4.50");
    String customer = Tokens.customer();

    Cart.put(customer, shirt, 2)
        .then()
        .statusCode(200)
        .body("lines", hasSize(1))
        .body("lines[0].productId", equalTo(shirt))
        .body("lines[0].unitPrice", equalTo(19.99f))
        .body("lines[0].lineTotal", equalTo(39.98f))
        .body("lines[0].available", equalTo(true))
        .body("lines[0].priceStale", equalTo(false))
        .body("currency", equalTo("EUR"));
    Cart.put(customer, socks, 3).then().statusCode(200).body("lines", hasSize(2));
    // 39.98 + 13.50 = 53.48: free shipping from 50.00; tax 21% = 11.2308 -> 11.23
    Cart.get(customer)
        .then()
        .statusCode(200)
        .body("subtotal", equalTo(53.48f))
        .body("shipping", equalTo(0.0f))
        .body("tax", equalTo(11.23f))
        .body("total", equalTo(64.71f))
        .body("priceStale", equalTo(false))
        .body("updatedAt", notNullValue());

    Cart.put(customer, shirt, 1).then().statusCode(200).body("lines[0].quantity", equalTo(1));
    Cart.remove(customer, socks).then().statusCode(204);
    Cart.remove(customer, socks).then().statusCode(404).contentType("application/problem+json");
    // 19.99 + 4.95 shipping = 24.94; tax 5.2374 -> 5.24
    Cart.get(customer)
        .then()
        .body("lines", hasSize(1))
        .body("shipping", equalTo(4.95f))
        .body("total", equalTo(30.18f));

    Cart.clear(customer).then().statusCode(204);
    Cart.get(customer).then().statusCode(200).body("lines", hasSize(0));
    Cart.clear(customer).then().statusCode(204);
  }

  @Test
  void shouldKeepCartAcrossSignIns() {
    String admin = Tokens.admin();
    String product = Catalog.activeProduct(admin, "7.00");
    Tokens.Customer customer = Tokens.newCustomer();
    Cart.put(customer.token(), product, 5).then().statusCode(200);

    String again = Tokens.login(customer.email());
    Cart.get(again).then().statusCode(200).body("lines[0].quantity", equalTo(5));
  }

  @Test
  void shouldShowEachCustomerOnlyTheirOwnCart() {
    String admin = Tokens.admin();
    String product = Catalog.activeProduct(admin, "3.00");
    String alice = Tokens.customer();
    String bob = Tokens.customer();

    Cart.put(alice, product, 2).then().statusCode(200);

    Cart.get(bob).then().statusCode(200).body("lines", hasSize(0));
    Cart.remove(bob, product).then().statusCode(404);
    Cart.clear(bob).then().statusCode(204);
    Cart.get(alice)
        .then()
        .statusCode(200)
        .body("lines", hasSize(1))
        .body("lines[0].quantity", equalTo(2));
  }

  @Test
  void shouldStayReadableWhenTheCatalogStopsSellingAProduct() {
    String admin = Tokens.admin();
    String kept = Catalog.activeProduct(admin, "10.00");
    String dropped = Catalog.activeProduct(admin, "99.00");
    String customer = Tokens.customer();
    Cart.put(customer, kept, 1).then().statusCode(200);
    Cart.put(customer, dropped, 1).then().statusCode(200);

    Catalog.discontinue(admin, dropped);

    // The catalog now answers 404 for the product: the line stays, marked, and counts for nothing.
    Cart.get(customer)
        .then()
        .statusCode(200)
        .body("lines", hasSize(2))
        .body("lines.find { it.productId == '" + dropped + "' }.available", equalTo(false))
        .body("lines.find { it.productId == '" + dropped + "' }.unitPrice", equalTo(99.0f))
        .body("subtotal", equalTo(10.0f));
    // It cannot be bought again, but it can be taken out.
    Cart.put(customer, dropped, 2).then().statusCode(422).contentType("application/problem+json");
    Cart.remove(customer, dropped).then().statusCode(204);
    Cart.get(customer).then().body("lines", hasSize(1));
  }
}
