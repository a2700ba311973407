package io.vitrina.order.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.idempotency.domain.Claim;
import io.vitrina.order.idempotency.domain.Idempotency;
import io.vitrina.order.idempotency.domain.IdempotencyConflictException;
import io.vitrina.order.idempotency.domain.RequestFingerprint;
import io.vitrina.order.idempotency.domain.StoredRequest;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderQuery;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.ShippingAddress;
import io.vitrina.platform.problem.UnprocessableException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What checkout keeps on the real database: an order's shipping address and payment deadline, and
 * idempotency keys that let exactly one of two concurrent requests with the same key do the work.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutPersistenceArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.orderService(CheckoutPersistenceArquillianIT.class);
  }

  @Inject OrderService orders;
  @Inject Idempotency idempotency;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private static final ShippingAddress HOME =
      new ShippingAddress(
          "Ada Lovelace", "Calle Mayor 1", "2º izq.", "Madrid", "Madrid", "28013", "ES");

  private Order place(String customer) {
    return orders.place(
        customer,
        "EUR",
        List.of(
            new OrderLineDraft(
                UUID.randomUUID().toString(), "SKU-P", "Persisted", 1, new BigDecimal("9.99"))),
        HOME,
        customer);
  }

  @Test
  void shouldKeepTheShippingAddressAndThePaymentDeadline() {
    String customer = "customer-" + UUID.randomUUID();
    Order placed = place(customer);

    Order read = orders.find(placed.id()).orElseThrow();
    ShippingAddress address = read.shippingAddress().orElseThrow();
    assertEquals("Ada Lovelace", address.fullName());
    assertEquals("2º izq.", address.line2());
    assertEquals("Madrid", address.region());
    assertEquals("28013", address.postalCode());
    assertEquals("ES", address.country());
    Instant due = read.paymentDueBy().orElseThrow();
    assertEquals(orders.paymentDueBy(read.placedAt()), due);
    assertTrue(Duration.between(read.placedAt(), due).compareTo(Duration.ZERO) > 0);
    assertFalse(read.isPaymentOverdue(read.placedAt()));
  }

  @Test
  void shouldListACustomersOrdersNewestFirst() {
    String customer = "customer-" + UUID.randomUUID();
    Order first = place(customer);
    Order second = place(customer);

    var page = orders.search(new OrderQuery(customer, Set.of(), null, null, 0, 1));
    assertEquals(2, page.total());
    assertEquals(List.of(second.id()), page.orders().stream().map(Order::id).toList());
    var next = orders.search(new OrderQuery(customer, Set.of(), null, null, 1, 1));
    assertEquals(List.of(first.id()), next.orders().stream().map(Order::id).toList());
  }

  @Test
  void shouldLetOnlyOneOfTwoConcurrentRequestsWithTheSameKeyPlaceAnOrder() throws Exception {
    String customer = "customer-" + UUID.randomUUID();
    String key = "key-" + UUID.randomUUID();
    String hash = RequestFingerprint.of("POST /api/orders", "{}");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> requests = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      requests.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  Optional<StoredRequest> earlier = idempotency.begin(customer, key, hash);
                  if (earlier.isPresent()) {
                    return "replayed " + earlier.get().orderId();
                  }
                  Order order = place(customer);
                  idempotency.complete(
                      customer,
                      key,
                      201,
                      "application/json",
                      "{\"id\":\"" + order.id() + "\"}",
                      order.id());
                  return "placed " + order.id();
                } catch (IdempotencyConflictException inProgress) {
                  return "in progress";
                }
              }));
    }
    start.countDown();
    List<String> answers = new ArrayList<>();
    for (Future<String> request : requests) {
      answers.add(request.get(60, TimeUnit.SECONDS));
    }

    assertEquals(
        1, answers.stream().filter(a -> a.startsWith("placed")).count(), answers.toString());
    assertEquals(1, orders.search(new OrderQuery(customer, Set.of(), null, null, 0, 10)).total());
    String placedId =
        answers.stream()
            .filter(a -> a.startsWith("placed"))
            .findFirst()
            .orElseThrow()
            .substring("placed ".length());

    // Once the first is done, the same request with the key gets its answer again.
    StoredRequest again = idempotency.begin(customer, key, hash).orElseThrow();
    assertEquals(201, again.responseStatus());
    assertEquals(placedId, again.orderId());
    assertEquals("{\"id\":\"" + placedId + "\"}", again.responseBody());
  }

  @Test
  void shouldRecordTheOrderOnItsKeyInTheTransactionThatPlacesIt() {
    String customer = "customer-" + UUID.randomUUID();
    String hash = RequestFingerprint.of("POST /api/orders", "{}");
    String kept = UUID.randomUUID().toString();
    String lost = UUID.randomUUID().toString();
    assertTrue(idempotency.begin(customer, kept, hash).isEmpty());
    assertTrue(idempotency.begin(customer, lost, hash).isEmpty());
    Claim claim = idempotency.claimed(customer, kept);
    assertFalse(claim.resumes(), "a fresh claim carries nothing on");

    Order placed =
        orders.place(
            customer,
            "EUR",
            List.of(
                new OrderLineDraft(
                    UUID.randomUUID().toString(), "SKU-K", "Kept", 1, new BigDecimal("5.00"))),
            HOME,
            customer,
            order -> idempotency.attachOrder(claim, order.id()));
    // A placing transaction that fails after recording the order records nothing.
    Claim other = idempotency.claimed(customer, lost);
    assertThrows(
        IllegalStateException.class,
        () ->
            orders.place(
                customer,
                "EUR",
                List.of(
                    new OrderLineDraft(
                        UUID.randomUUID().toString(), "SKU-L", "Lost", 1, new BigDecimal("5.00"))),
                HOME,
                customer,
                order -> {
                  idempotency.attachOrder(other, order.id());
                  throw new IllegalStateException("the server died here");
                }));

    Claim resumed = idempotency.claimed(customer, kept);
    assertTrue(resumed.resumes());
    assertEquals(placed.id(), resumed.resumedOrderId());
    assertFalse(idempotency.claimed(customer, lost).resumes());
    assertEquals(1, orders.search(new OrderQuery(customer, Set.of(), null, null, 0, 10)).total());
  }

  @Test
  void shouldRefuseTheSameKeyForAnotherRequestAndFreeAReleasedOne() {
    String customer = "customer-" + UUID.randomUUID();
    String key = "key-" + UUID.randomUUID();
    String hash = RequestFingerprint.of("POST /api/orders", "{}");
    assertTrue(idempotency.begin(customer, key, hash).isEmpty());
    org.junit.jupiter.api.Assertions.assertThrows(
        IdempotencyConflictException.class, () -> idempotency.begin(customer, key, hash));
    org.junit.jupiter.api.Assertions.assertThrows(
        UnprocessableException.class,
        () -> idempotency.begin(customer, key, RequestFingerprint.of("POST /api/orders", "[]")));
    // Another customer's key of the same name is another key.
    assertTrue(idempotency.begin("other-" + customer, key, hash).isEmpty());

    idempotency.release(customer, key);
    assertTrue(idempotency.begin(customer, key, hash).isEmpty());
    idempotency.complete(customer, key, 201, "application/json", "{}", null);
    assertNull(idempotency.begin(customer, key, hash).orElseThrow().orderId());
  }
}
