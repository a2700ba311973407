package io.vitrina.catalog.caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tells an authenticated caller how catalog-service sees their token. Integrators use it to check a
 * token against this service; the build uses it to prove that a token user-service issued is
 * accepted by a server that knows only the JWKS URL.
 */
@Path("/caller")
@RequestScoped
@Tag(name = "caller")
public class CallerResource {

  @Inject JsonWebToken token;

  /** The caller as this service sees them. */
  public record CallerView(String subject, String name, Set<String> groups) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"customer", "support-agent", "catalog-admin", "admin"})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "How this service sees your token")
  @APIResponse(
      responseCode = "200",
      description = "The token's subject, name and groups",
      content = @Content(schema = @Schema(implementation = CallerView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  public CallerView caller() {
    return new CallerView(token.getSubject(), token.getName(), new TreeSet<>(token.getGroups()));
  }
}
