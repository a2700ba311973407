package io.vitrina.load.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Answers a document shaped like catalog-service's product view, built in memory: what a product
 * read costs in Liberty, Jakarta REST and JSON-B alone.
 */
@Path("/products")
@ApplicationScoped
public class ProductLikeResource {

  /** A product view's fields, so the serialisation work matches the real endpoint's. */
  public record ProductLike(
      String id,
      String sku,
      String name,
      String description,
      BigDecimal price,
      String currency,
      String categoryId,
      Map<String, String> attributes,
      String status,
      long version) {}

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ProductLike product(@PathParam("id") String id) {
    return new ProductLike(
        id,
        "BENCH-0001",
        "Aurora One smartphone",
        "Smartphone by Aurora with a bright OLED display that stays readable in sunlight.",
        new BigDecimal("499.99"),
        "EUR",
        "7d0c1b7e-5a53-4c37-9d3f-4b1f0e8f2a61",
        Map.of("color", "Graphite", "storage", "256 GB"),
        "ACTIVE",
        1);
  }
}
