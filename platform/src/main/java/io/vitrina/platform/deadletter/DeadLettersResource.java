package io.vitrina.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's dead letters for administrators: what its consumers gave up on, to be read, sent
 * back to the queue it came from once the cause is mended, or discarded. Every service has it,
 * under {@code /api/admin/dead-letters}; each sees only the messages of its own queues.
 */
@Path("admin/dead-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(DeadLettersResource.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "dead-letters", description = "Messages this service's consumers could not process")
public class DeadLettersResource {

  static final String ADMIN = "admin";
  private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String ID_MESSAGE = "must be a dead letter's id (a lower-case UUID)";

  /** A page of dead letters and the queues they were read from. */
  public record Page(List<DeadLetter> items, List<String> queues, int limit) {}

  /** Where a replayed dead letter went. */
  public record Replayed(String id, String queue) {}

  @Inject DeadLetters deadLetters;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "This service's dead letters, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Up to limit dead letters of this service's queues",
      content = @Content(schema = @Schema(implementation = Page.class)))
  @APIResponse(responseCode = "400", description = "limit outside 1 to 200")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "503", description = "The broker cannot be reached")
  public Page list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return new Page(deadLetters.list(limit), List.copyOf(deadLetters.ownQueues()), limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One dead letter of this service")
  @APIResponse(
      responseCode = "200",
      description = "The dead letter",
      content = @Content(schema = @Schema(implementation = DeadLetter.class)))
  @APIResponse(responseCode = "404", description = "No such dead letter of this service")
  public DeadLetter get(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
    return deadLetters.find(id).orElseThrow(DeadLettersResource::notFound);
  }

  @POST
  @Path("{id}/replay")
  @Operation(
      summary =
          "Send a dead letter back to the one queue it came from (its other subscribers do not"
              + " get it again)")
  @APIResponse(
      responseCode = "200",
      description = "Back on its queue, off the dead-letter address",
      content = @Content(schema = @Schema(implementation = Replayed.class)))
  @APIResponse(responseCode = "404", description = "No such dead letter of this service")
  public Replayed replay(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
    String queue = deadLetters.replay(id, caller()).orElseThrow(DeadLettersResource::notFound);
    return new Replayed(id, queue);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Discard a dead letter for good (logged with who did it)")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(responseCode = "404", description = "No such dead letter of this service")
  public void discard(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
    deadLetters.discard(id, caller()).orElseThrow(DeadLettersResource::notFound);
  }

  private String caller() {
    return security.getUserPrincipal() == null ? "?" : security.getUserPrincipal().getName();
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No dead letter of this service has that id.");
  }
}
