package io.vitrina.catalog.inventory.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.platform.problem.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A product's stock and its manual adjustments. */
@Path("products/{id}/inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "inventory")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
@APIResponse(responseCode = "404", description = "No such product")
public class InventoryResource {

  @Inject InventoryService inventory;
  @Inject JsonWebToken token;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "A product's stock")
  @APIResponse(
      responseCode = "200",
      description = "On hand, reserved, available and the low-stock threshold",
      content = @Content(schema = @Schema(implementation = InventoryView.class)))
  public InventoryView get(@PathParam("id") @Pattern(regexp = Ids.UUID) String productId) {
    return inventory.find(productId).map(InventoryView::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("adjustments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the stock on hand, with a reason; the change is audited")
  @APIResponse(
      responseCode = "201",
      description = "Applied; Location names the audit record",
      content = @Content(schema = @Schema(implementation = AdjustmentView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input (a delta of 0, out of range, no reason)")
  @APIResponse(responseCode = "409", description = "On hand would drop below what is reserved")
  public Response adjust(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId,
      @NotNull @Valid AdjustmentRequest body) {
    if (body.delta() == 0) {
      throw new InvalidInputException("delta", "must not be 0");
    }
    AdjustmentView adjustment =
        inventory
            .adjust(productId, body.delta(), body.reason().strip(), token.getName())
            .map(AdjustmentView::of)
            .orElseThrow(NotFoundException::new);
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("products")
                .path(productId)
                .path("inventory/adjustments")
                .path(String.valueOf(adjustment.id()))
                .build())
        .entity(adjustment)
        .build();
  }

  @GET
  @Path("adjustments")
  @Operation(summary = "The latest 100 adjustments of a product's stock, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The adjustments",
      content = @Content(schema = @Schema(implementation = AdjustmentView[].class)))
  public List<AdjustmentView> adjustments(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId) {
    return inventory
        .latestAdjustments(productId)
        .map(list -> list.stream().map(AdjustmentView::of).toList())
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("adjustments/{adjustmentId}")
  @Operation(summary = "One adjustment of a product's stock")
  @APIResponse(
      responseCode = "200",
      description = "The adjustment",
      content = @Content(schema = @Schema(implementation = AdjustmentView.class)))
  public AdjustmentView adjustment(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId,
      @PathParam("adjustmentId") @Positive long adjustmentId) {
    return inventory
        .findAdjustment(productId, adjustmentId)
        .map(AdjustmentView::of)
        .orElseThrow(NotFoundException::new);
  }
}
