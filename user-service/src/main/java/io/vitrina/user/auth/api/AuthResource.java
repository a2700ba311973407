package io.vitrina.user.auth.api;

import io.vitrina.user.account.api.AccountView;
import io.vitrina.user.account.api.CurrentUser;
import io.vitrina.user.account.domain.AccountService;
import io.vitrina.user.account.domain.Roles;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.auth.domain.AuthMetrics;
import io.vitrina.user.auth.domain.LoginService;
import io.vitrina.user.auth.domain.SessionService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration, login, token refresh and logout. */
@Path("auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

  @Inject AccountService accounts;
  @Inject LoginService logins;
  @Inject SessionService sessions;
  @Inject AuthMetrics metrics;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @POST
  @Path("register")
  @PermitAll
  @Operation(summary = "Register a customer account")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location is /api/me",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "409", description = "Email already registered")
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(
      responseCode = "503",
      description = "Too many password hashes at this moment; retry after Retry-After seconds")
  public Response register(@NotNull @Valid RegisterRequest body) {
    User user = accounts.register(body.email(), body.password(), body.displayName());
    metrics.registered();
    return Response.created(uriInfo.getBaseUriBuilder().path("me").build())
        .entity(AccountView.of(user))
        .build();
  }

  @POST
  @Path("login")
  @PermitAll
  @Operation(summary = "Log in with email and password; opens a session")
  @APIResponse(
      responseCode = "200",
      description = "Tokens",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(
      responseCode = "401",
      description = "Wrong email or password, or account disabled (one answer for all)")
  @APIResponse(
      responseCode = "429",
      description = "Locked out after repeated failures; see Retry-After")
  @APIResponse(
      responseCode = "503",
      description = "Too many password hashes at this moment; retry after Retry-After seconds")
  public Response login(@NotNull @Valid LoginRequest body) {
    return tokens(
        TokenResponse.of(logins.login(body.email(), body.password(), Clients.of(request)), clock));
  }

  @POST
  @Path("refresh")
  @PermitAll
  @Operation(summary = "Exchange a refresh token for new tokens (the refresh token rotates)")
  @APIResponse(
      responseCode = "200",
      description = "Tokens",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(
      responseCode = "401",
      description =
          "Unknown, used, expired or revoked refresh token; a reused one ends its session")
  public Response refresh(@NotNull @Valid RefreshRequest body) {
    return tokens(
        TokenResponse.of(logins.refresh(body.refreshToken(), Clients.of(request)), clock));
  }

  @POST
  @Path("logout")
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "End the session of a refresh token")
  @APIResponse(responseCode = "204", description = "Ended (or already over)")
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "401", description = "No valid access token")
  public Response logout(@NotNull @Valid RefreshRequest body) {
    sessions.logout(currentUser.id(), body.refreshToken());
    return Response.noContent().build();
  }

  private static Response tokens(TokenResponse tokens) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return Response.ok(tokens).cacheControl(noStore).header("Pragma", "no-cache").build();
  }
}
