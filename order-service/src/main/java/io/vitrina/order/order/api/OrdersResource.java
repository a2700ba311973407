package io.vitrina.order.order.api;

import io.vitrina.order.Ids;
import io.vitrina.order.Roles;
import io.vitrina.order.checkout.Caller;
import io.vitrina.order.checkout.CheckoutService;
import io.vitrina.order.checkout.OrderCancellations;
import io.vitrina.order.checkout.OrderPayments;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderQuery;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.PaymentRecords;
import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Orders: a customer checks out their cart, pays, cancels and reads their own orders; admins and
 * support agents read every order, cancel, and move orders along fulfilment. Someone else's order
 * is 404 to a customer, never 403.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "orders")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "A role that may not")
public class OrdersResource {

  /** The statuses operators move orders to; the others follow payments, cancellations, returns. */
  static final Set<OrderStatus> OPERATOR_TARGETS =
      EnumSet.of(
          OrderStatus.FULFILLING,
          OrderStatus.SHIPPED,
          OrderStatus.DELIVERED,
          OrderStatus.RETURN_REQUESTED);

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject CheckoutService checkout;
  @Inject OrderPayments payments;
  @Inject OrderCancellations cancellations;
  @Inject OrderService orders;
  @Inject PaymentRecords paymentRecords;
  @Inject Answers answers;
  @Inject Validator validator;
  @Inject JsonWebToken token;
  @Inject Clock clock;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @POST
  @RolesAllowed(Roles.CUSTOMER)
  @Operation(
      summary =
          "Check out your cart: the order is placed at the catalog's current prices, its stock"
              + " held, and paid at once when the body has a card")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = CheckoutRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "The order (PENDING_PAYMENT, PAID, or with a payment of UNKNOWN outcome)",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Idempotency-Key missing or invalid, or an invalid address or card")
  @APIResponse(
      responseCode = "402",
      description = "The card was declined; the order is PAYMENT_FAILED")
  @APIResponse(
      responseCode = "409",
      description =
          "Not enough stock (the order is cancelled; productIds names the products), or a"
              + " request with this key is still running (Retry-After)")
  @APIResponse(
      responseCode = "422",
      description =
          "An empty cart, cart lines that cannot be ordered (productIds), no shipping address, or"
              + " this key used for another request")
  @APIResponse(
      responseCode = "503",
      description = "The catalog or your profile cannot be asked now (Retry-After)")
  public Response checkout(
      @Parameter(description = "1 to 255 printable ASCII characters; a retry sends the same")
          @HeaderParam(IDEMPOTENCY_KEY)
          String key,
      @Parameter(hidden = true) String body) {
    String customer = token.getSubject();
    CheckoutRequest request =
        Optional.ofNullable(answers.read(body, CheckoutRequest.class))
            .orElse(CheckoutRequest.EMPTY);
    validate(request);
    Optional<Card> card = Optional.ofNullable(request.payment()).map(p -> card(p, "payment.card."));
    return answers.idempotent(
        customer,
        key,
        "POST /api/orders",
        request,
        path(),
        this::location,
        claim -> {
          CheckoutService.Placed placed =
              checkout.checkout(
                  customer,
                  "Bearer " + token.getRawToken(),
                  Optional.ofNullable(request.shippingAddress()).map(AddressRequest::toDomain),
                  card,
                  claim);
          Order order = placed.payment().map(OrderPayments.Result::order).orElse(placed.order());
          return new Answers.Outcome(201, view(order), order.id());
        });
  }

  @POST
  @Path("{id}/payment")
  @RolesAllowed(Roles.CUSTOMER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pay your order awaiting payment with a card")
  @APIResponse(
      responseCode = "200",
      description = "Paid",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "202",
      description =
          "The provider did not answer in time: the payment is UNKNOWN and is settled shortly",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "400", description = "Idempotency-Key missing or an invalid card")
  @APIResponse(
      responseCode = "402",
      description = "The card was declined; the order is PAYMENT_FAILED")
  @APIResponse(responseCode = "404", description = "No such order of yours")
  @APIResponse(
      responseCode = "409",
      description = "The order is not awaiting payment, or is being paid")
  @APIResponse(responseCode = "422", description = "This key was used for another request")
  public Response pay(
      @PathParam("id") String id,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @NotNull(message = "is required") @Valid PaymentRequest body) {
    String orderId = orderId(id);
    Card card = card(body, "card.");
    Caller caller = caller();
    return answers.idempotent(
        caller.subject(),
        key,
        "POST /api/orders/" + orderId + "/payment",
        body,
        path(),
        this::location,
        claim -> {
          OrderPayments.Result result = payments.pay(orderId, caller, card);
          int status = result.order().status() == OrderStatus.PAID ? 200 : 202;
          return new Answers.Outcome(status, view(result.order()), orderId);
        });
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SUPPORT_AGENT})
  @Operation(
      summary =
          "Orders, newest first: a customer's own; admins and support agents see all and may"
              + " filter by customer")
  @APIResponse(
      responseCode = "200",
      description = "One page of orders",
      content = @Content(schema = @Schema(implementation = OrderPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown status, a time that is not RFC 3339, or page/size out of range")
  public OrderPage list(
      @Parameter(
              description = "Only orders in these statuses (repeatable)",
              schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
          @QueryParam("status")
          List<String> statuses,
      @Parameter(description = "Placed at or after, RFC 3339") @QueryParam("placedFrom")
          String placedFrom,
      @Parameter(description = "Placed before, RFC 3339") @QueryParam("placedTo") String placedTo,
      @Parameter(description = "Only this customer's orders (admins and support agents)")
          @QueryParam("customerId")
          String customerId,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(OrderQuery.MAX_SIZE) int size) {
    Caller caller = caller();
    List<Violation> violations = new ArrayList<>();
    Set<OrderStatus> wanted = EnumSet.noneOf(OrderStatus.class);
    for (String status : statuses == null ? List.<String>of() : statuses) {
      parseStatus(status)
          .ifPresentOrElse(wanted::add, () -> violations.add(unknownStatus("status")));
    }
    Instant from = instant("placedFrom", placedFrom, violations);
    Instant to = instant("placedTo", placedTo, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String customer = caller.staff() ? blankToNull(customerId) : caller.subject();
    OrderRepository.Page found =
        orders.search(new OrderQuery(customer, wanted, from, to, page, size));
    return new OrderPage(
        found.orders().stream().map(this::view).toList(), page, size, found.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SUPPORT_AGENT})
  @Operation(summary = "An order: yours, or any for admins and support agents")
  @APIResponse(
      responseCode = "200",
      description = "The order",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "404", description = "No such order that you may see")
  public OrderView get(@PathParam("id") String id) {
    return view(visible(id));
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SUPPORT_AGENT})
  @Operation(summary = "Every status the order went through, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The history",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
  @APIResponse(responseCode = "404", description = "No such order that you may see")
  public List<HistoryEntry> history(@PathParam("id") String id) {
    Order order = visible(id);
    return orders.history(order.id()).stream().map(HistoryEntry::of).toList();
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SUPPORT_AGENT})
  @Operation(
      summary =
          "Cancel an order before it ships: an unpaid one releases its stock; a paid one is"
              + " refunded in full and restocked")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = CancelRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The order, CANCELLED (or REFUNDED once the refund went through)",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "404", description = "No such order that you may see")
  @APIResponse(
      responseCode = "409",
      description = "Shipped, already final, or a payment is being settled")
  public OrderView cancel(@PathParam("id") String id, @Parameter(hidden = true) String body) {
    String orderId = orderId(id);
    CancelRequest request =
        Optional.ofNullable(answers.read(body, CancelRequest.class))
            .orElse(new CancelRequest(null));
    validate(request);
    return view(cancellations.cancel(orderId, caller(), request.reason()));
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.ADMIN, Roles.SUPPORT_AGENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an order along fulfilment: FULFILLING, SHIPPED, DELIVERED, RETURN_REQUESTED")
  @APIResponse(
      responseCode = "200",
      description = "The order after the move",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "400", description = "An unknown status")
  @APIResponse(responseCode = "404", description = "No such order")
  @APIResponse(
      responseCode = "409",
      description =
          "The state machine does not allow the move, or the status follows payments,"
              + " cancellations and returns rather than an operator")
  public OrderView move(
      @PathParam("id") String id, @NotNull(message = "is required") @Valid StatusRequest body) {
    String orderId = orderId(id);
    OrderStatus target =
        parseStatus(body.status())
            .orElseThrow(() -> new InvalidInputException(List.of(unknownStatus("status"))));
    if (!OPERATOR_TARGETS.contains(target)) {
      throw new ConflictException(
          "Orders become "
              + target
              + " through payment, cancellation or return, not by an operator's move.");
    }
    return view(
        orders
            .moveTo(orderId, target, caller().subject(), body.reason())
            .orElseThrow(NotFoundException::new));
  }

  private Order visible(String id) {
    Caller caller = caller();
    return orders
        .find(orderId(id))
        .filter(order -> caller.sees(order.customerId()))
        .orElseThrow(NotFoundException::new);
  }

  private OrderView view(Order order) {
    return OrderView.of(order, paymentRecords.ofOrder(order.id()));
  }

  private Caller caller() {
    return new Caller(
        token.getSubject(),
        security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.SUPPORT_AGENT));
  }

  /** An order id; anything else names no order (404, as for someone else's). */
  private static String orderId(String id) {
    if (id == null || !id.matches(Ids.UUID)) {
      throw new NotFoundException();
    }
    return id;
  }

  private Card card(PaymentRequest payment, String prefix) {
    List<Violation> violations =
        payment.card().violations(prefix, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Card(payment.card().number());
  }

  private <T> void validate(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  private static Optional<OrderStatus> parseStatus(String status) {
    if (status == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OrderStatus.valueOf(status));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Violation unknownStatus(String field) {
    return new Violation(field, "must be one of " + EnumSet.allOf(OrderStatus.class));
  }

  private static Instant instant(String field, String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, "must be an RFC 3339 time such as 2026-01-31T10:00:00Z"));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private String path() {
    return uriInfo.getRequestUri().getRawPath();
  }

  private URI location(String orderId) {
    return uriInfo.getBaseUriBuilder().path("orders").path(orderId).build();
  }
}
