package io.vitrina.catalog.category.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.category.domain.CategoryService;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree: public reads, administrators' writes. */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "categories")
public class CategoriesResource {

  @Inject CategoryService categories;
  @Context UriInfo uriInfo;

  @GET
  @PermitAll
  @Operation(summary = "The whole category tree")
  @APIResponse(
      responseCode = "200",
      description = "The top-level categories, each with its subcategories",
      content = @Content(schema = @Schema(implementation = CategoryNode[].class)))
  public List<CategoryNode> tree() {
    return CategoryNode.forest(categories.all());
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One category")
  @APIResponse(
      responseCode = "200",
      description = "The category",
      content = @Content(schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(responseCode = "404", description = "No such category")
  public CategoryView get(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return categories.find(id).map(CategoryView::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Create a category, top-level or under a parent")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input or unknown parent")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(
      responseCode = "409",
      description = "The slug is taken among the siblings, or the tree would be too deep")
  public Response create(@NotNull @Valid CategoryRequest body) {
    CategoryView created =
        CategoryView.of(categories.create(body.parentId(), body.name().strip(), body.slug()));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("categories").path(created.id()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}/name")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Rename a category (its name and slug)")
  @APIResponse(
      responseCode = "200",
      description = "The renamed category",
      content = @Content(schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such category")
  @APIResponse(responseCode = "409", description = "The slug is taken among the siblings")
  public CategoryView rename(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id, @NotNull @Valid RenameRequest body) {
    return categories
        .rename(id, body.name().strip(), body.slug())
        .map(CategoryView::of)
        .orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("{id}/parent")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Move a category, with its subtree, under another one or to the top")
  @APIResponse(
      responseCode = "200",
      description = "The moved category",
      content = @Content(schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input or unknown parent")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such category")
  @APIResponse(
      responseCode = "409",
      description =
          "The new parent is the category itself or one of its descendants, the slug is taken"
              + " there, or the tree would be too deep")
  public CategoryView move(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id, @NotNull @Valid MoveRequest body) {
    return categories
        .move(id, body.parentId())
        .map(CategoryView::of)
        .orElseThrow(NotFoundException::new);
  }
}
