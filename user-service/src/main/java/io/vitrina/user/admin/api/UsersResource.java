package io.vitrina.user.admin.api;

import io.vitrina.user.account.api.CurrentUser;
import io.vitrina.user.account.domain.AccountStatus;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.Roles;
import io.vitrina.user.account.domain.UserSearch;
import io.vitrina.user.admin.domain.UserAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "users")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class UsersResource {

  static final int MAX_PAGE_SIZE = 100;

  @Inject UserAdministration administration;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "Search users by email or display name, role and status")
  @APIResponse(
      responseCode = "200",
      description = "A page of users, ordered by email",
      content = @Content(schema = @Schema(implementation = UserPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid parameter (size above 100, unknown role or status)")
  public UserPage search(
      @Parameter(description = "Text contained in the email or display name")
          @QueryParam("q")
          @Size(max = 254)
          String q,
      @QueryParam("role")
          @Pattern(
              regexp = Roles.PATTERN,
              message = "must be one of customer, support-agent, catalog-admin, admin")
          String role,
      @QueryParam("status")
          @Pattern(regexp = "(?i)active|disabled", message = "must be ACTIVE or DISABLED")
          String status,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    UserSearch search =
        new UserSearch(
            Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty()),
            Optional.ofNullable(role).flatMap(Role::fromWireName),
            Optional.ofNullable(status)
                .map(s -> AccountStatus.valueOf(s.toUpperCase(Locale.ROOT))));
    UserAdministration.Result result = administration.search(search, page, size);
    return new UserPage(
        result.users().stream().map(AdminUserView::of).toList(), page, size, result.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @Operation(
      summary = "One user",
      description =
          "For administrators, and for services with a token of their own (support-service shows"
              + " a ticket's customer)")
  @APIResponse(
      responseCode = "200",
      description = "The user",
      content = @Content(schema = @Schema(implementation = AdminUserView.class)))
  @APIResponse(responseCode = "404", description = "No such user")
  public AdminUserView get(@PathParam("id") @Size(max = 36) String id) {
    return administration.find(id).map(AdminUserView::of).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a user's roles; the next access token carries them")
  @APIResponse(
      responseCode = "200",
      description = "The user with the new roles",
      content = @Content(schema = @Schema(implementation = AdminUserView.class)))
  @APIResponse(responseCode = "400", description = "Unknown role or none")
  @APIResponse(responseCode = "404", description = "No such user")
  @APIResponse(responseCode = "409", description = "Removing your own admin role")
  public AdminUserView assignRoles(
      @PathParam("id") @Size(max = 36) String id, @NotNull @Valid RolesRequest body) {
    return administration
        .assignRoles(currentUser.id(), id, body.toDomain())
        .map(AdminUserView::of)
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("{id}/disable")
  @Operation(summary = "Disable an account and end its sessions")
  @APIResponse(responseCode = "204", description = "Disabled")
  @APIResponse(responseCode = "404", description = "No such user")
  @APIResponse(responseCode = "409", description = "Disabling yourself")
  public Response disable(@PathParam("id") @Size(max = 36) String id) {
    if (!administration.disable(currentUser.id(), id)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Enable an account")
  @APIResponse(responseCode = "204", description = "Enabled")
  @APIResponse(responseCode = "404", description = "No such user")
  public Response enable(@PathParam("id") @Size(max = 36) String id) {
    if (!administration.enable(id)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
