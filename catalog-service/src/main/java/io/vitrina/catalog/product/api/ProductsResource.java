package io.vitrina.catalog.product.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Matcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products: public reads of what is for sale, administrators' writes. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "products")
public class ProductsResource {

  private static final java.util.regex.Pattern VERSION_TAG =
      java.util.regex.Pattern.compile("\"(\\d{1,18})\"");

  @Inject ProductService products;

  @Inject
  @ConfigProperty(name = "vitrina.inventory.low-stock-threshold", defaultValue = "5")
  int defaultLowStockThreshold;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context Request request;

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One product; ACTIVE ones only unless you are catalog-admin or admin")
  @APIResponse(
      responseCode = "200",
      description = "The product; ETag carries its version",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names its version")
  @APIResponse(responseCode = "404", description = "No such product, or not one you may see")
  public Response get(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return okUnlessNotModified(products.find(id, Mapping.seesUnlisted(security)));
  }

  @GET
  @PermitAll
  @Operation(summary = "The product with a SKU; ACTIVE ones only unless you administer the catalog")
  @APIResponse(
      responseCode = "200",
      description = "The product; ETag carries its version",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names its version")
  @APIResponse(responseCode = "400", description = "No SKU, or not a SKU")
  @APIResponse(responseCode = "404", description = "No such product, or not one you may see")
  public Response getBySku(
      @Parameter(description = "The SKU", required = true)
          @QueryParam("sku")
          @NotNull
          @Pattern(regexp = Ids.SKU, message = Ids.SKU_MESSAGE)
          String sku) {
    return okUnlessNotModified(products.findBySku(sku, Mapping.seesUnlisted(security)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Create a product, with empty stock")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag carries its version",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input or unknown category")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "409", description = "The SKU is taken")
  public Response create(@NotNull @Valid ProductRequest body) {
    Product product =
        products.create(
            body.sku(),
            Mapping.details(
                body.name(),
                body.description(),
                body.price(),
                body.currency(),
                body.categoryId(),
                body.attributes()),
            body.status() == null ? ProductStatus.DRAFT : ProductStatus.valueOf(body.status()),
            body.lowStockThreshold() == null ? defaultLowStockThreshold : body.lowStockThreshold());
    ProductView view = ProductView.of(product);
    return Response.created(uriInfo.getBaseUriBuilder().path("products").path(view.id()).build())
        .tag(new EntityTag(String.valueOf(view.version())))
        .entity(view)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Replace a product's details and status, if it is still at the version you read")
  @APIResponse(
      responseCode = "200",
      description = "The updated product with its new version",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input, unknown category, or If-Match and body version disagree")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(
      responseCode = "409",
      description = "The version is stale, or the product is discontinued")
  @APIResponse(
      responseCode = "428",
      description = "No version, neither in the body nor as If-Match")
  public Response update(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id,
      @Parameter(description = "The version read, quoted: \"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull @Valid ProductUpdateRequest body) {
    long version = expectedVersion(ifMatch, body.version());
    return ok(
        products.update(
            id,
            Mapping.details(
                body.name(),
                body.description(),
                body.price(),
                body.currency(),
                body.categoryId(),
                body.attributes()),
            ProductStatus.valueOf(body.status()),
            version));
  }

  @POST
  @Path("{id}/discontinue")
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Take a product off sale for good; repeating it changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The discontinued product",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such product")
  public Response discontinue(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return ok(products.discontinue(id));
  }

  /**
   * The product, or 304 when the caller's If-None-Match names its current version: the version
   * changes with every change to the product, so it is all a conditional read needs.
   */
  private Response okUnlessNotModified(Optional<Product> product) {
    ProductView view = product.map(ProductView::of).orElseThrow(NotFoundException::new);
    EntityTag tag = new EntityTag(String.valueOf(view.version()));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    return (notModified != null ? notModified : Response.ok(view)).tag(tag).build();
  }

  private static Response ok(Optional<Product> product) {
    ProductView view = product.map(ProductView::of).orElseThrow(NotFoundException::new);
    return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
  }

  /** The version from If-Match or the body; both given must agree, one is required. */
  static long expectedVersion(String ifMatch, Long bodyVersion) {
    Long headerVersion = null;
    if (ifMatch != null) {
      Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
      if (!matcher.matches()) {
        throw new InvalidInputException(
            "If-Match", "must be the version read, in double quotes, such as \"3\"");
      }
      headerVersion = Long.valueOf(matcher.group(1));
    }
    if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
      throw new InvalidInputException("version", "must equal the version in If-Match");
    }
    Long version = headerVersion != null ? headerVersion : bodyVersion;
    if (version == null) {
      throw new ProblemException(
          428,
          "Precondition Required",
          "Send the version you read, as \"version\" in the body or as If-Match.");
    }
    return version;
  }
}
