package io.vitrina.user.auth.api;

import io.vitrina.user.account.api.CurrentUser;
import io.vitrina.user.account.domain.Roles;
import io.vitrina.user.auth.domain.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's login sessions: list, end one, end all. */
@Path("me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "me")
public class MySessionsResource {

  @Inject SessionService sessions;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "List my active sessions, most recently used first")
  @APIResponse(
      responseCode = "200",
      description = "Sessions",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  public List<SessionView> list() {
    return sessions.list(currentUser.id()).stream()
        .map(s -> SessionView.of(s, currentUser.sessionId()))
        .toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "End one of my sessions")
  @APIResponse(responseCode = "204", description = "Ended")
  @APIResponse(responseCode = "404", description = "I have no such session")
  public Response revoke(@PathParam("id") @Size(max = 36) String id) {
    if (!sessions.revoke(currentUser.id(), id)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "End all my sessions, this one included")
  @APIResponse(responseCode = "204", description = "Ended")
  public Response revokeAll() {
    sessions.revokeAll(currentUser.id());
    return Response.noContent().build();
  }
}
