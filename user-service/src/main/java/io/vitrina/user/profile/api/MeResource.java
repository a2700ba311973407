package io.vitrina.user.profile.api;

import io.vitrina.user.account.api.AccountView;
import io.vitrina.user.account.api.CurrentUser;
import io.vitrina.user.account.domain.AccountService;
import io.vitrina.user.account.domain.Roles;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.auth.api.SessionView;
import io.vitrina.user.auth.domain.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own account. A token whose account no longer exists (erased, with the token still
 * unexpired) gets 404.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "me")
@APIResponse(responseCode = "401", description = "No valid access token")
public class MeResource {

  @Inject AccountService accounts;
  @Inject SessionService sessions;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @GET
  @Operation(summary = "My profile")
  @APIResponse(
      responseCode = "200",
      description = "Profile",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "404", description = "The account no longer exists")
  public AccountView get() {
    return accounts.find(currentUser.id()).map(AccountView::of).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Operation(summary = "Replace my profile: names, phone, addresses (at most 10)")
  @APIResponse(
      responseCode = "200",
      description = "The updated profile",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input; nothing written")
  @APIResponse(responseCode = "404", description = "The account no longer exists")
  @APIResponse(responseCode = "409", description = "Changed concurrently; read and retry")
  public AccountView update(@NotNull @Valid ProfileRequest body) {
    return accounts
        .updateProfile(currentUser.id(), body.toDomain())
        .map(AccountView::of)
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("preferences")
  @Operation(summary = "My storefront preferences")
  @APIResponse(
      responseCode = "200",
      description = "Preferences",
      content = @Content(schema = @Schema(implementation = PreferencesDto.class)))
  public PreferencesDto preferences() {
    return accounts
        .find(currentUser.id())
        .map(User::preferences)
        .map(PreferencesDto::of)
        .orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("preferences")
  @Operation(summary = "Replace my storefront preferences")
  @APIResponse(
      responseCode = "200",
      description = "The stored preferences",
      content = @Content(schema = @Schema(implementation = PreferencesDto.class)))
  @APIResponse(responseCode = "400", description = "Unsupported language, currency or channel")
  public PreferencesDto updatePreferences(@NotNull @Valid PreferencesDto body) {
    return accounts
        .updatePreferences(currentUser.id(), body.toDomain())
        .map(User::preferences)
        .map(PreferencesDto::of)
        .orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("password")
  @Operation(summary = "Change my password; ends my other sessions, keeps this one")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "The new password breaks the policy")
  @APIResponse(responseCode = "403", description = "The current password is wrong")
  public Response changePassword(@NotNull @Valid ChangePasswordRequest body) {
    if (!accounts.changePassword(
        currentUser.id(), body.currentPassword(), body.newPassword(), currentUser.sessionId())) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("export")
  @Operation(summary = "Download all my data as JSON")
  @APIResponse(
      responseCode = "200",
      description = "An attachment",
      content = @Content(schema = @Schema(implementation = DataExport.class)))
  public Response export() {
    User user = accounts.find(currentUser.id()).orElseThrow(NotFoundException::new);
    DataExport export =
        new DataExport(
            clock.instant(),
            AccountView.of(user),
            PreferencesDto.of(user.preferences()),
            user.updatedAt(),
            sessions.list(user.id()).stream()
                .map(s -> SessionView.of(s, currentUser.sessionId()))
                .toList());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(export)
        .header("Content-Disposition", "attachment; filename=\"vitrina-my-data.json\"")
        .cacheControl(noStore)
        .build();
  }

  @POST
  @Path("erasure")
  @Operation(summary = "Erase my account and everything user-service holds about me")
  @APIResponse(responseCode = "204", description = "Erased; other services are told to anonymise")
  @APIResponse(responseCode = "403", description = "The password is wrong")
  public Response erase(@NotNull @Valid ErasureRequest body) {
    if (!accounts.erase(currentUser.id(), body.password())) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
