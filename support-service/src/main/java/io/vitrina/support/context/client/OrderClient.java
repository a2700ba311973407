package io.vitrina.support.context.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * order-service's {@code GET /api/orders/{id}} and {@code GET /api/orders/{id}/history}, called
 * with the caller's own token. Configured under the key {@code orders} ({@code orders/mp-rest/url},
 * fed from {@code ORDERS_URL} or the stack's {@code ORDER_SERVICE_URL}).
 */
@RegisterRestClient(configKey = "orders")
@Path("/api/orders/{id}")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderClient {

  /** The parts of an order a ticket's context shows. */
  record Order(
      String id,
      String customerId,
      String status,
      String currency,
      List<Line> lines,
      BigDecimal total,
      Instant placedAt,
      Instant paidAt,
      List<Payment> payments) {}

  /** A line as ordered. */
  record Line(String productId, String sku, int quantity, BigDecimal unitPrice) {}

  /** A charge or a refund. */
  record Payment(String kind, String status) {}

  /** A step of the order's history. */
  record Step(String from, String to, Instant at) {}

  @GET
  Order get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

  @GET
  @Path("history")
  List<Step> history(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
