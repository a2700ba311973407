package io.vitrina.stack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderServiceDemoDataTest {
  private static final Set<String> STATUSES =
      Set.of(
          "PENDING_PAYMENT",
          "PAID",
          "FULFILLING",
          "SHIPPED",
          "DELIVERED",
          "CANCELLED",
          "PAYMENT_FAILED",
          "RETURN_REQUESTED",
          "REFUNDED");

  @Test
  void shouldEndInEveryStatusAnOrderRestsInOnce() {
    List<String> ends =
        OrderServiceDemoData.SCENARIOS.stream().map(OrderServiceDemoData.Scenario::status).toList();

    assertEquals(STATUSES, Set.copyOf(ends));
    assertEquals(STATUSES.size(), ends.size());
  }

  @Test
  void shouldReachEachStatusByMovesTheStateMachineAllows() {
    for (OrderServiceDemoData.Scenario scenario : OrderServiceDemoData.SCENARIOS) {
      if (!scenario.moves().isEmpty()) {
        assertEquals(
            scenario.status(),
            scenario.moves().get(scenario.moves().size() - 1),
            scenario.toString());
        assertEquals(OrderServiceDemoData.APPROVED_CARD, scenario.card(), scenario.toString());
      }
    }
  }

  @Test
  void shouldDealTheScenariosToDemoCustomers() {
    Set<Integer> customers =
        java.util.stream.IntStream.range(0, OrderServiceDemoData.SCENARIOS.size())
            .mapToObj(s -> s % OrderServiceDemoData.CUSTOMERS)
            .collect(Collectors.toSet());
    assertTrue(OrderServiceDemoData.CUSTOMERS <= UserServiceDemoData.CUSTOMERS.size());
    assertEquals(OrderServiceDemoData.CUSTOMERS, customers.size());
  }
}
