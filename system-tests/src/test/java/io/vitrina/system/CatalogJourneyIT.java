package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shopper who is not logged in: the category tree, a category's products, a text search, one
 * product read twice with its ETag. What the administrator just stocked is what they find.
 */
class CatalogJourneyIT {

  @Test
  void shouldFindANewlyStockedProductByBrowsingAndBySearching() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 3);
    Response read = given().baseUri(Journey.CATALOG).get("/api/products/" + product);
    read.then().statusCode(200);
    String sku = read.path("sku");
    String categoryId = read.path("categoryId");

    List<String> topLevel =
        given()
            .baseUri(Journey.CATALOG)
            .get("/api/categories")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    assertTrue(topLevel.contains(categoryId), "the new category is in the tree");
    List<String> inCategory =
        given()
            .baseUri(Journey.CATALOG)
            .get("/api/categories/" + categoryId + "/products?size=10")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertEquals(List.of(product), inCategory);

    // The SKU's random part is a word of its own for the full-text index.
    String word = sku.substring(sku.indexOf('-') + 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertEquals(
                    List.of(product),
                    given()
                        .baseUri(Journey.CATALOG)
                        .queryParam("q", word)
                        .queryParam("inStock", true)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id")));

    String etag = read.header("ETag");
    given()
        .baseUri(Journey.CATALOG)
        .header("If-None-Match", etag)
        .get("/api/products/" + product)
        .then()
        .statusCode(304);
  }

  @Test
  void shouldNotShowAShopperWhatIsSoldOut() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 1);
    String categoryId =
        given().baseUri(Journey.CATALOG).get("/api/products/" + product).path("categoryId");
    Journey.paidOrder(Journey.newCustomer(), product, 1);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertEquals(
                    0,
                    given()
                        .baseUri(Journey.CATALOG)
                        .queryParam("category", categoryId)
                        .queryParam("inStock", true)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("items.size()")));
    assertEquals(
        List.of(product),
        given()
            .baseUri(Journey.CATALOG)
            .queryParam("category", categoryId)
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id"));
  }
}
