package io.vitrina.catalog.product.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.product.domain.ProductService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The products of a category and of every category below it, a page at a time. */
@Path("categories/{id}/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "products")
public class CategoryProductsResource {

  static final int MAX_PAGE_SIZE = 100;

  @Inject ProductService products;
  @Context SecurityContext security;

  @GET
  @PermitAll
  @Operation(
      summary =
          "Products of a category and its descendants, by SKU; ACTIVE ones only unless you"
              + " administer the catalog")
  @APIResponse(
      responseCode = "200",
      description = "A page of products with the total count",
      content = @Content(schema = @Schema(implementation = ProductPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid page or size (size is 1 to 100)")
  @APIResponse(responseCode = "404", description = "No such category")
  public ProductPage list(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String categoryId,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    return products
        .pageInCategory(categoryId, Mapping.seesUnlisted(security), page, size)
        .map(
            result ->
                new ProductPage(
                    result.items().stream().map(ProductView::of).toList(),
                    page,
                    size,
                    result.total()))
        .orElseThrow(NotFoundException::new);
  }
}
