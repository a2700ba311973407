package io.vitrina.support.context.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextSourcesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant EARLIER = NOW.minusSeconds(3600);
  private static final CustomerCard LIVE = new CustomerCard("u-1", "Live", "l@x.io", "ACTIVE");
  private static final CustomerCard OLD = new CustomerCard("u-1", "Old", "o@x.io", "ACTIVE");

  @Test
  void shouldPreferTheLiveAnswer() {
    var part =
        ContextSources.choose(Fetched.found(LIVE), Optional.of(new Known<>(OLD, EARLIER)), NOW);
    assertEquals(LIVE, part.value());
    assertEquals(TicketContext.Source.LIVE, part.source());
    assertEquals(NOW, part.asOf());
  }

  @Test
  void shouldTrustALiveNotFoundOverTheSnapshot() {
    var part =
        ContextSources.choose(
            Fetched.<CustomerCard>notFound(), Optional.of(new Known<>(OLD, EARLIER)), NOW);
    assertNull(part.value());
    assertEquals(TicketContext.Source.LIVE, part.source());
  }

  @Test
  void shouldFallBackToTheSnapshotWhenTheServiceDoesNotAnswer() {
    var part =
        ContextSources.choose(
            Fetched.<CustomerCard>unavailable(), Optional.of(new Known<>(OLD, EARLIER)), NOW);
    assertEquals(OLD, part.value());
    assertEquals(TicketContext.Source.SNAPSHOT, part.source());
    assertEquals(EARLIER, part.asOf());
  }

  @Test
  void shouldBeUnavailableWithNeitherAnswerNorSnapshot() {
    var part = ContextSources.choose(Fetched.<CustomerCard>unavailable(), Optional.empty(), NOW);
    assertNull(part.value());
    assertEquals(TicketContext.Source.UNAVAILABLE, part.source());
  }

  @Test
  void shouldReportTheWeakestSourceAndTheOldestTime() {
    var customer = new ContextSources.Part<>(LIVE, TicketContext.Source.LIVE, NOW);
    var order = new ContextSources.Part<OrderFacts>(null, TicketContext.Source.SNAPSHOT, EARLIER);
    TicketContext context = ContextSources.combine(customer, order);
    assertEquals(TicketContext.Source.SNAPSHOT, context.source());
    assertEquals(EARLIER, context.asOf());

    TicketContext alone = ContextSources.combine(customer, null);
    assertEquals(TicketContext.Source.LIVE, alone.source());

    TicketContext missing =
        ContextSources.combine(
            customer, new ContextSources.Part<>(null, TicketContext.Source.UNAVAILABLE, null));
    assertEquals(TicketContext.Source.UNAVAILABLE, missing.source());
    assertNull(missing.asOf());
  }
}
