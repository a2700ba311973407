package io.vitrina.support.ticket.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.support.Ids;
import io.vitrina.support.Roles;
import io.vitrina.support.context.domain.ContextService;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.ReturnLine;
import io.vitrina.support.ticket.domain.TextQuery;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketRepository;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketSort;
import io.vitrina.support.ticket.domain.TicketStatus;
import io.vitrina.support.ticket.domain.TicketType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tickets: customers open and read their own, agents work the queue. A ticket a customer may not
 * see answers 404, exactly like one that does not exist.
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "tickets")
public class TicketsResource {

  static final String STATUSES = "OPEN|IN_PROGRESS|WAITING_ON_CUSTOMER|RESOLVED|CLOSED";
  static final String UNASSIGNED = "unassigned";

  @Inject TicketService tickets;
  @Inject ContextService contexts;
  @Inject JsonWebToken token;
  @Inject Callers callers;
  @Inject Clock clock;
  @jakarta.ws.rs.core.Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CUSTOMER)
  @Operation(summary = "Open a ticket as the calling customer")
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag carries its version",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a customer")
  @APIResponse(responseCode = "404", description = "A RETURN of an order you do not have")
  @APIResponse(
      responseCode = "409",
      description = "A RETURN of an order not DELIVERED, or delivered longer ago than the window")
  @APIResponse(
      responseCode = "422",
      description = "A RETURN of products not in the order, or of more units than are left")
  @APIResponse(
      responseCode = "503",
      description =
          "A RETURN that cannot be checked now (Retry-After): order-service does not"
              + " answer and the order is not in the read model")
  public Response open(@NotNull @Valid TicketRequest body) {
    Caller caller = callers.current();
    List<ReturnLine> lines =
        body.lines() == null
            ? List.of()
            : body.lines().stream().map(l -> new ReturnLine(l.productId(), l.quantity())).toList();
    Ticket.Draft draft =
        new Ticket.Draft(
            TicketType.valueOf(body.type()),
            body.subject().strip(),
            body.body(),
            body.orderId(),
            body.productId(),
            body.priority() == null
                ? TicketPriority.NORMAL
                : TicketPriority.valueOf(body.priority()),
            lines);
    Ticket ticket;
    try {
      Ticket.check(draft);
      OrderFacts order =
          draft.type() == TicketType.RETURN
              ? contexts.orderToCheck(draft.orderId(), bearer())
              : null;
      ticket = tickets.open(Caller.customer(caller.id()), draft, order);
    } catch (IllegalArgumentException invalid) {
      String message = invalid.getMessage();
      int colon = message.indexOf(':');
      throw new InvalidInputException(
          colon > 0 ? message.substring(0, colon) : "body",
          colon > 0 ? message.substring(colon + 1).strip() : message);
    }
    TicketView view = TicketView.of(ticket, null);
    return Response.created(uriInfo.getBaseUriBuilder().path("tickets").path(view.id()).build())
        .tag(tag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(
      summary =
          "The work queue: for agents every ticket (oldest due first by default), for customers"
              + " their own (last updated first)")
  @APIResponse(
      responseCode = "200",
      description = "A page of tickets",
      content = @Content(schema = @Schema(implementation = TicketPage.class)))
  @APIResponse(responseCode = "400", description = "An invalid filter, sort or page")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Neither customer, support-agent nor admin")
  public TicketPage queue(
      @Parameter(description = "Any of these statuses; repeat the parameter for several")
          @QueryParam("status")
          List<@Pattern(regexp = STATUSES, message = "must be a ticket status") String> status,
      @QueryParam("priority")
          @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be a priority")
          String priority,
      @QueryParam("type")
          @Pattern(regexp = "INQUIRY|RETURN|COMPLAINT|FEEDBACK", message = "must be a ticket type")
          String type,
      @Parameter(description = "An agent's user id, or \"unassigned\"")
          @QueryParam("assignee")
          @Pattern(regexp = Ids.REFERENCE, message = Ids.REFERENCE_MESSAGE)
          String assignee,
      @Parameter(description = "true: only tickets whose SLA is breached; false: only others")
          @QueryParam("breached")
          @Pattern(regexp = "true|false", message = "must be true or false")
          String breached,
      @Parameter(description = "Words searched in subjects and message bodies") @QueryParam("q")
          String q,
      @Parameter(description = "due (default for agents), opened, -opened, updated, -updated")
          @QueryParam("sort")
          @Pattern(
              regexp = "due|opened|-opened|updated|-updated",
              message = "must be due, opened, -opened, updated or -updated")
          String sort,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    Caller caller = callers.current();
    TextQuery text;
    try {
      text = TextQuery.parse(q);
    } catch (IllegalArgumentException tooLong) {
      throw new InvalidInputException("q", tooLong.getMessage());
    }
    Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
    if (status != null) {
      status.forEach(s -> statuses.add(TicketStatus.valueOf(s)));
    }
    boolean unassigned = UNASSIGNED.equals(assignee);
    TicketSort order =
        TicketSort.parse(sort).orElse(caller.agent() ? TicketSort.DUE : TicketSort.UPDATED_DESC);
    TicketFilter filter =
        new TicketFilter(
            caller.agent() ? null : caller.id(),
            statuses,
            priority == null ? null : TicketPriority.valueOf(priority),
            type == null ? null : TicketType.valueOf(type),
            unassigned ? null : assignee,
            unassigned,
            breached == null ? null : Boolean.valueOf(breached),
            text,
            caller.agent(),
            order,
            clock.instant());
    TicketRepository.Page result = tickets.queue(filter, page, size);
    return new TicketPage(
        result.items().stream().map(t -> TicketView.of(t, null)).toList(),
        page,
        size,
        result.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(
      summary =
          "One ticket, with its context: the customer and the order, live or from the read model")
  @APIResponse(
      responseCode = "200",
      description = "The ticket; ETag carries its version",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "404", description = "No such ticket, or not one of yours")
  public Response get(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    Caller caller = callers.current();
    Ticket found = tickets.find(caller, id).orElseThrow(NotFoundException::new);
    ContextView context = ContextView.of(contexts.of(caller, found, bearer()));
    TicketView view =
        TicketView.of(found, caller.agent() ? tickets.noteCount(found.id()) : null, context);
    return Response.ok(view).tag(tag(view.version())).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(
      summary =
          "Change a ticket's status, priority or assignee, if it is still at the version you read")
  @APIResponse(
      responseCode = "200",
      description = "The ticket with its new version",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input, or If-Match and body version disagree")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a support-agent or admin")
  @APIResponse(responseCode = "404", description = "No such ticket")
  @APIResponse(
      responseCode = "409",
      description =
          "The version is stale, the status move is not allowed, or the reopen window has passed")
  @APIResponse(responseCode = "428", description = "No version, neither in the body nor If-Match")
  public Response update(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String id,
      @Parameter(description = "The version read, quoted: \"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull @Valid TicketUpdateRequest body) {
    long version = ExpectedVersion.of(ifMatch, body.version());
    boolean unassign = Boolean.TRUE.equals(body.unassigned());
    if (unassign && body.assigneeId() != null) {
      throw new InvalidInputException("unassigned", "must not be true when assigneeId is given");
    }
    Caller caller = callers.current();
    return ok(
        caller,
        tickets.update(
            caller,
            id,
            new TicketService.Update(
                body.status() == null ? null : TicketStatus.valueOf(body.status()),
                body.priority() == null ? null : TicketPriority.valueOf(body.priority()),
                body.assigneeId(),
                unassign),
            version));
  }

  @POST
  @Path("{id}/reopen")
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "Reopen a RESOLVED ticket within the reopen window")
  @APIResponse(
      responseCode = "200",
      description = "The reopened ticket",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "404", description = "No such ticket, or not one of yours")
  @APIResponse(
      responseCode = "409",
      description = "The ticket is not RESOLVED, or the reopen window has passed")
  public Response reopen(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    Caller caller = callers.current();
    return ok(caller, tickets.reopen(caller, id));
  }

  @GET
  @Path("{id}/sla")
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "A ticket's SLA: due times and whether they are breached")
  @APIResponse(
      responseCode = "200",
      description = "Where the ticket stands against its SLA now",
      content = @Content(schema = @Schema(implementation = TicketSlaView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "404", description = "No such ticket, or not one of yours")
  public TicketSlaView sla(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return tickets
        .find(callers.current(), id)
        .map(ticket -> TicketSlaView.of(ticket, clock.instant()))
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "Every change of a ticket: who, when, what")
  @APIResponse(
      responseCode = "200",
      description = "The changes, oldest first",
      content = @Content(schema = @Schema(implementation = ChangeView[].class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a support-agent or admin")
  @APIResponse(responseCode = "404", description = "No such ticket")
  public List<ChangeView> history(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return tickets
        .history(callers.current(), id)
        .map(changes -> changes.stream().map(ChangeView::of).toList())
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("{id}/return/approve")
  @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Tag(name = "returns")
  @Operation(summary = "Approve a return: publishes return.approved")
  @APIResponse(
      responseCode = "200",
      description = "The ticket with the decision",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a support-agent or admin")
  @APIResponse(responseCode = "404", description = "No such ticket")
  @APIResponse(
      responseCode = "409",
      description = "Not a return, already decided, or the ticket is closed")
  public Response approveReturn(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    Caller caller = callers.current();
    return ok(caller, tickets.decideReturn(caller, id, true));
  }

  @POST
  @Path("{id}/return/reject")
  @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Tag(name = "returns")
  @Operation(summary = "Reject a return")
  @APIResponse(
      responseCode = "200",
      description = "The ticket with the decision",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a support-agent or admin")
  @APIResponse(responseCode = "404", description = "No such ticket")
  @APIResponse(
      responseCode = "409",
      description = "Not a return, already decided, or the ticket is closed")
  public Response rejectReturn(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    Caller caller = callers.current();
    return ok(caller, tickets.decideReturn(caller, id, false));
  }

  private Response ok(Caller caller, Optional<Ticket> ticket) {
    Ticket found = ticket.orElseThrow(NotFoundException::new);
    TicketView view = TicketView.of(found, caller.agent() ? tickets.noteCount(found.id()) : null);
    return Response.ok(view).tag(tag(view.version())).build();
  }

  /** The caller's own token, passed on to order-service: it decides what the caller may read. */
  private String bearer() {
    return "Bearer " + token.getRawToken();
  }

  private static EntityTag tag(long version) {
    return new EntityTag(String.valueOf(version));
  }
}
