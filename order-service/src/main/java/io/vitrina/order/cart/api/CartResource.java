package io.vitrina.order.cart.api;

import io.vitrina.order.Ids;
import io.vitrina.order.Roles;
import io.vitrina.order.cart.domain.CartService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in customer's cart. Whose cart it is comes from the token's subject and from nothing
 * in the request, so no customer can name another's cart.
 */
@Path("cart")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@SecurityRequirement(name = "jwt")
@Tag(name = "cart")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not a customer")
public class CartResource {

  @Inject CartService carts;
  @Inject JsonWebToken token;

  @GET
  @Operation(
      summary =
          "Your cart, with prices confirmed by the catalog (or the last known ones, marked stale,"
              + " while it cannot be asked)")
  @APIResponse(
      responseCode = "200",
      description = "The cart; empty if you never filled one",
      content = @Content(schema = @Schema(implementation = CartView.class)))
  public CartView get() {
    return CartView.of(carts.read(customer()));
  }

  @PUT
  @Path("items/{productId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hold this many units of a product, adding it to the cart if it is not there")
  @APIResponse(
      responseCode = "200",
      description = "The cart after the change",
      content = @Content(schema = @Schema(implementation = CartView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not a product id, or a quantity outside 1 to the maximum (100)")
  @APIResponse(
      responseCode = "422",
      description =
          "The product does not exist or is not for sale, is priced in another currency than the"
              + " cart, or the cart already holds the most products it may (50)")
  @APIResponse(
      responseCode = "503",
      description =
          "The catalog cannot be asked and the product is not yet in the cart (Retry-After)")
  public CartView put(
      @PathParam("productId") @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
          String productId,
      @NotNull(message = "is required") @Valid QuantityRequest body) {
    return CartView.of(carts.put(customer(), productId, body.units()));
  }

  @DELETE
  @Path("items/{productId}")
  @Operation(summary = "Take a product out of the cart")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", description = "Not a product id")
  @APIResponse(responseCode = "404", description = "The product is not in your cart")
  public Response remove(
      @PathParam("productId") @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
          String productId) {
    if (!carts.remove(customer(), productId)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Empty the cart; emptying an empty cart changes nothing")
  @APIResponse(responseCode = "204", description = "The cart is empty")
  public Response clear() {
    carts.clear(customer());
    return Response.noContent().build();
  }

  private String customer() {
    return token.getSubject();
  }
}
