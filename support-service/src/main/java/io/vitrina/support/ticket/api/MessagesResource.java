package io.vitrina.support.ticket.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.support.Ids;
import io.vitrina.support.Roles;
import io.vitrina.support.ticket.domain.Attachment;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.TicketMessage;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketSettings;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A ticket's thread: messages between the customer and agents, agents' internal notes, and the
 * files attached to them. A customer never gets a note, nor an attachment of one: for them they do
 * not exist (404). Bodies are plain text returned as JSON strings. The bytes of attachments are
 * served by {@link AttachmentsResource}.
 */
@Path("tickets/{id}/messages")
@RequestScoped
@SecurityRequirement(name = "jwt")
@Tag(name = "messages")
public class MessagesResource {

  private static final String FILE_PART = "file";

  @Inject TicketService tickets;
  @Inject TicketSettings settings;
  @Inject Callers callers;
  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "The thread, oldest first; internal notes only for agents")
  @APIResponse(
      responseCode = "200",
      description = "The messages with their attachments",
      content = @Content(schema = @Schema(implementation = MessageView[].class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "404", description = "No such ticket, or not one of yours")
  public List<MessageView> thread(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    Caller caller = callers.current();
    TicketService.Thread thread = tickets.thread(caller, id).orElseThrow(NotFoundException::new);
    return thread.messages().stream()
        .map(
            m ->
                MessageView.of(
                    m,
                    caller.agent(),
                    thread.attachments().getOrDefault(m.id(), List.of()).stream()
                        .map(this::view)
                        .toList()))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(
      summary =
          "Write to the thread; agents may write an internal note (internal=true) instead,"
              + " which customers never see")
  @APIResponse(
      responseCode = "201",
      description = "Written",
      content = @Content(schema = @Schema(implementation = MessageView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "A customer asked for an internal note")
  @APIResponse(responseCode = "404", description = "No such ticket, or not one of yours")
  @APIResponse(responseCode = "409", description = "The ticket is closed")
  public Response write(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id, @NotNull @Valid MessageRequest body) {
    Caller caller = callers.current();
    TicketMessage message =
        tickets
            .write(caller, id, body.body(), Boolean.TRUE.equals(body.internal()))
            .orElseThrow(NotFoundException::new);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("tickets").path(id).path("messages").build())
        .entity(MessageView.of(message, caller.agent(), List.of()))
        .build();
  }

  @POST
  @Path("{messageId}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "Attach a file to a message you wrote")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = AttachmentUploadForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location is where its bytes are",
      content = @Content(schema = @Schema(implementation = AttachmentView.class)))
  @APIResponse(responseCode = "400", description = "No file part, more than one, or another part")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not your message")
  @APIResponse(responseCode = "404", description = "No such ticket or message you may see")
  @APIResponse(
      responseCode = "409",
      description = "The ticket has all the attachments it may have, or is closed")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(
      responseCode = "415",
      description = "The file is not PNG, JPEG, GIF, PDF or UTF-8 plain text")
  public Response attach(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id,
      @PathParam("messageId") @Pattern(regexp = Ids.UUID) String messageId,
      List<EntityPart> parts) {
    EntityPart file = null;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      if (!FILE_PART.equals(part.getName())) {
        throw new InvalidInputException(part.getName(), "is not a part of an upload; send file");
      }
      if (file != null) {
        throw new InvalidInputException(FILE_PART, "must be sent once");
      }
      file = part;
    }
    if (file == null) {
      throw new InvalidInputException(FILE_PART, "is required: the file, as a file part");
    }
    byte[] bytes = read(file, settings.maxAttachmentBytes());
    Attachment attachment =
        tickets
            .attach(callers.current(), id, messageId, file.getFileName().orElse(null), bytes)
            .orElseThrow(NotFoundException::new);
    AttachmentView view = view(attachment);
    return Response.created(view.url()).entity(view).build();
  }

  private AttachmentView view(Attachment attachment) {
    URI url =
        uriInfo
            .getBaseUriBuilder()
            .path("tickets")
            .path(attachment.ticketId())
            .path("attachments")
            .path(attachment.id())
            .build();
    return AttachmentView.of(attachment, url);
  }

  /** A part's content, refused with 413 as soon as it grows beyond the limit. */
  static byte[] read(EntityPart part, long limit) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new PayloadTooLargeException(limit);
      }
      return bytes;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
