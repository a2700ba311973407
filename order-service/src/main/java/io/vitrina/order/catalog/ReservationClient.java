package io.vitrina.order.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service's {@code POST /api/reservations}, called with this service's own token (role
 * {@code service}). Same configuration key as {@link CatalogClient}. Refusals come back as {@link
 * ReservationRefusedException} with the catalog's status and problem detail.
 */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(ReservationRefusals.class)
@Path("/api/reservations")
public interface ReservationClient {

  record Line(String productId, int quantity) {}

  record Request(String orderId, List<Line> lines) {}

  record Reservation(String orderId, String status) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Reservation reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, Request request);
}
