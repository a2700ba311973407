package io.vitrina.support.feedback.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.support.Ids;
import io.vitrina.support.Roles;
import io.vitrina.support.context.domain.ContextService;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.feedback.domain.FeedbackService;
import io.vitrina.support.feedback.domain.RatingSort;
import io.vitrina.support.ticket.api.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feedback: customers rate the products of their orders (each rating opens a FEEDBACK ticket with
 * its comment); the catalog's staff and agents read what the ratings add up to per product.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "feedback")
public class FeedbackResource {

  /** How many comments a product's view shows. */
  static final int LATEST = 20;

  @Inject FeedbackService feedback;
  @Inject Callers callers;
  @Inject ContextService contexts;
  @Inject JsonWebToken token;
  @Context UriInfo uriInfo;

  @POST
  @Path("ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CUSTOMER)
  @Operation(
      summary =
          "Rate a product of one of my orders, once; opens a FEEDBACK ticket with the comment")
  @APIResponse(
      responseCode = "201",
      description = "Rated; Location names the feedback ticket",
      content = @Content(schema = @Schema(implementation = RatingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a customer")
  @APIResponse(responseCode = "404", description = "The caller has no such order")
  @APIResponse(
      responseCode = "409",
      description =
          "That product of that order is rated already, or the order is not delivered yet")
  @APIResponse(responseCode = "422", description = "The product is not in the order")
  @APIResponse(
      responseCode = "503",
      description =
          "The order cannot be checked: order-service does not answer and the order is not in the"
              + " read model; see Retry-After")
  public Response rate(@NotNull @Valid RatingRequest body) {
    // Checked with the caller's own token: order-service decides what the caller may see.
    OrderFacts order = contexts.orderToCheck(body.orderId(), "Bearer " + token.getRawToken());
    FeedbackService.Given given;
    try {
      given =
          feedback.rate(
              callers.current().id(),
              new FeedbackService.Draft(
                  body.orderId(), body.productId(), body.rating(), body.comment()),
              order);
    } catch (IllegalArgumentException invalid) {
      throw new InvalidInputException("rating", invalid.getMessage());
    }
    return Response.created(
            uriInfo.getBaseUriBuilder().path("tickets").path(given.ticket().id()).build())
        .entity(RatingView.of(given))
        .build();
  }

  @GET
  @Path("products")
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "Every rated product with its ratings' count, average and distribution")
  @APIResponse(
      responseCode = "200",
      description = "A page of rated products",
      content = @Content(schema = @Schema(implementation = RatingSummaryPage.class)))
  @APIResponse(responseCode = "400", description = "An invalid sort or page")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Neither catalog-admin, support-agent nor admin")
  public RatingSummaryPage products(
      @Parameter(
              description =
                  "-ratings (most rated first, the default), -average (best first), average (worst"
                      + " first) or -rated (most recently rated first)")
          @QueryParam("sort")
          @DefaultValue("-ratings")
          @Pattern(
              regexp = "-ratings|-average|average|-rated",
              message = "must be -ratings, -average, average or -rated")
          String sort,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    RatingSort order = RatingSort.of(sort).orElseThrow();
    return new RatingSummaryPage(
        feedback.summaries(order, page * size, size).stream().map(RatingSummaryView::of).toList(),
        page,
        size,
        feedback.ratedProducts());
  }

  @GET
  @Path("products/{productId}")
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(
      summary =
          "A product's ratings: count, average, distribution and the latest "
              + LATEST
              + " comments; a product nobody rated has none")
  @APIResponse(
      responseCode = "200",
      description = "The product's ratings",
      content = @Content(schema = @Schema(implementation = ProductRatingsView.class)))
  @APIResponse(responseCode = "400", description = "Not a product id")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Neither catalog-admin, support-agent nor admin")
  public ProductRatingsView product(
      @PathParam("productId") @Pattern(regexp = Ids.UUID, message = "must be a lower-case UUID")
          String productId) {
    return new ProductRatingsView(
        RatingSummaryView.of(feedback.summary(productId)),
        feedback.latest(productId, LATEST).stream().map(ProductRatingsView.Comment::of).toList());
  }
}
