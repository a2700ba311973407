package io.vitrina.catalog.reservation.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.reservation.domain.ReservationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stock reservations for orders: order-service calls them with its service token, administrators
 * with theirs. The role {@code service} opens these endpoints only, not product or stock writes.
 */
@Path("reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.CATALOG_ADMIN, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "reservations")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not a service, catalog-admin or admin")
public class ReservationsResource {

  @Inject ReservationService reservations;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Hold stock for an order, every line or none; the same request again returns the"
              + " existing reservation")
  @APIResponse(
      responseCode = "201",
      description = "Reserved; Location names the reservation",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The order already had this reservation",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input (no lines, a quantity not above 0, ...)")
  @APIResponse(
      responseCode = "409",
      description =
          "Insufficient stock of a product (named in the detail; nothing reserved), or the order"
              + " already has a reservation of other lines")
  @APIResponse(responseCode = "422", description = "A product does not exist or is not ACTIVE")
  public Response reserve(@NotNull @Valid ReservationRequest body) {
    ReservationService.Outcome outcome = reservations.reserve(body.orderId(), body.toDomain());
    ReservationView view = ReservationView.of(outcome.reservation());
    if (!outcome.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uriInfo.getBaseUriBuilder().path("reservations").path(view.orderId()).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{orderId}")
  @Operation(summary = "An order's reservation")
  @APIResponse(
      responseCode = "200",
      description = "The reservation",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(responseCode = "404", description = "The order has no reservation")
  public ReservationView get(@PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId) {
    return reservations.find(orderId).map(ReservationView::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("{orderId}/commit")
  @Operation(summary = "Sell the held stock; repeating it changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The committed reservation",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(responseCode = "404", description = "The order has no reservation")
  @APIResponse(responseCode = "409", description = "The reservation was released or has expired")
  public ReservationView commit(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId) {
    return reservations
        .commit(orderId)
        .map(ReservationView::of)
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("{orderId}/release")
  @Operation(summary = "Give the held stock back; repeating it changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The released (or already expired) reservation",
      content = @Content(schema = @Schema(implementation = ReservationView.class)))
  @APIResponse(responseCode = "404", description = "The order has no reservation")
  @APIResponse(
      responseCode = "409",
      description = "The reservation was committed: its stock is sold")
  public ReservationView release(
      @PathParam("orderId") @Pattern(regexp = Ids.ORDER_ID) String orderId) {
    return reservations
        .release(orderId)
        .map(ReservationView::of)
        .orElseThrow(NotFoundException::new);
  }
}
