package io.vitrina.support.ticket.api;

import io.vitrina.support.Ids;
import io.vitrina.support.Roles;
import io.vitrina.support.ticket.domain.Attachment;
import io.vitrina.support.ticket.domain.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bytes of attachments, as downloads that a browser neither sniffs, nor renders inline, nor
 * lets run anything. A customer never gets the attachment of an internal note (404).
 */
@Path("tickets/{id}/attachments")
@RequestScoped
@SecurityRequirement(name = "jwt")
@Tag(name = "messages")
public class AttachmentsResource {

  /** Downloads never run anything and load nothing, even if a browser opened one as a page. */
  static final String SANDBOX = "default-src 'none'; sandbox";

  @Inject TicketService tickets;
  @Inject Callers callers;

  @GET
  @Path("{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "An attachment's bytes, as a download")
  @APIResponse(
      responseCode = "200",
      description =
          "The file, with the type read from its bytes, as an attachment (never inline), with"
              + " nosniff and a sandboxing Content-Security-Policy")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "404", description = "No such attachment you may see")
  public Response download(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id,
      @PathParam("attachmentId") @Pattern(regexp = Ids.UUID) String attachmentId) {
    TicketService.File file =
        tickets.attachment(callers.current(), id, attachmentId).orElseThrow(NotFoundException::new);
    Attachment attachment = file.attachment();
    return Response.ok(file.bytes(), attachment.contentType())
        .tag(new EntityTag(attachment.sha256()))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "attachment; filename=\"" + attachment.fileName() + "\"")
        .header("Content-Security-Policy", SANDBOX)
        .build();
  }
}
