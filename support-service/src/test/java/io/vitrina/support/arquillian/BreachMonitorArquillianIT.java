package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.support.ticket.domain.BreachMetrics;
import io.vitrina.support.ticket.domain.BreachMonitor;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The breach monitor marks each breach once, counts it, and reports the active breached tickets.
 * The build gives URGENT tickets a one-second first-response target.
 */
@ExtendWith(ArquillianExtension.class)
class BreachMonitorArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(BreachMonitorArquillianIT.class);
  }

  @Inject TicketService tickets;
  @Inject BreachMonitor monitor;
  @Inject MetricRegistry registry;
  @Inject BreachMetrics metrics;

  @Test
  void shouldCountEachBreachOnceAndGaugeTheOpenOnes() throws InterruptedException {
    monitor.flag();
    Ticket ticket =
        tickets.open(
            Caller.customer(Fixtures.customerId()),
            Fixtures.draft("Breach me", TicketPriority.URGENT));
    long before = firstResponseBreaches();
    Caller agent = Caller.agent("agent");
    // Past the one-second target; what is tested is the marking, not how long it takes.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!tickets
            .find(agent, ticket.id())
            .orElseThrow()
            .sla(Instant.now())
            .firstResponseBreached()
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    BreachMonitor.Run run = monitor.flag();

    assertTrue(run.newFirstResponse() >= 1, "the ticket's breach is new: " + run);
    assertTrue(firstResponseBreaches() >= before + 1);
    assertTrue(run.openFirstResponse() >= 1);
    // The gauge is registered once per server: the running application's copy may own it, so
    // this deployment's own figure is read from its metrics bean.
    assertNotNull(
        registry
            .getGauges()
            .get(new MetricID("tickets.sla.breached.open", new Tag("kind", "first-response"))));
    assertEquals(run.openFirstResponse(), metrics.openBreached(BreachMetrics.FIRST_RESPONSE));

    // Marked tickets are not marked, nor counted, again.
    long after = firstResponseBreaches();
    assertEquals(0, monitor.flag().newFirstResponse());
    assertEquals(after, firstResponseBreaches());
  }

  private long firstResponseBreaches() {
    SortedMap<MetricID, Counter> counters = registry.getCounters();
    Counter counter =
        counters.get(new MetricID("tickets.sla.breaches", new Tag("kind", "first-response")));
    return counter == null ? 0 : counter.getCount();
  }
}
