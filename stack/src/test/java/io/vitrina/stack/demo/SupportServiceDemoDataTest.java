package io.vitrina.stack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SupportServiceDemoDataTest {

  @Test
  void shouldOnlyReferToOrdersTheOrderDemoDataGivesThatCustomer() {
    for (SupportServiceDemoData.Scenario scenario : SupportServiceDemoData.SCENARIOS) {
      Set<String> statuses =
          IntStream.range(0, OrderServiceDemoData.SCENARIOS.size())
              .filter(s -> s % OrderServiceDemoData.CUSTOMERS == scenario.customer())
              .mapToObj(s -> OrderServiceDemoData.SCENARIOS.get(s).status())
              .collect(Collectors.toSet());
      assertTrue(statuses.contains(scenario.orderStatus()), scenario.toString());
    }
  }

  @Test
  void shouldAskReturnsOfDeliveredOrdersOnly() {
    SupportServiceDemoData.SCENARIOS.stream()
        .filter(s -> "RETURN".equals(s.type()))
        .forEach(s -> assertEquals("DELIVERED", s.orderStatus(), s.toString()));
  }

  @Test
  void shouldRateFromOneToFiveInFeedbackOnlyAndGiveTicketsASubject() {
    for (SupportServiceDemoData.Scenario scenario : SupportServiceDemoData.SCENARIOS) {
      if ("FEEDBACK".equals(scenario.type())) {
        assertNotNull(scenario.rating(), scenario.toString());
        assertTrue(scenario.rating() >= 1 && scenario.rating() <= 5, scenario.toString());
        assertNull(scenario.agentReply(), "a rating is answered by nobody in the demo");
      } else {
        assertNull(scenario.rating(), scenario.toString());
        assertNotNull(scenario.subject(), scenario.toString());
        assertTrue(
            Set.of("LOW", "NORMAL", "HIGH", "URGENT").contains(scenario.priority()),
            scenario.toString());
      }
    }
  }

  @Test
  void shouldMoveOnlyTicketsTheAgentAnswered() {
    for (SupportServiceDemoData.Scenario scenario : SupportServiceDemoData.SCENARIOS) {
      if (scenario.finalStatus() != null) {
        assertNotNull(scenario.agentReply(), scenario.toString());
      }
    }
  }
}
