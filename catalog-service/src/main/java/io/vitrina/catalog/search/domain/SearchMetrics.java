package io.vitrina.catalog.search.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of search, on the application registry: {@code searches}, tagged {@code
 * text=fulltext|prefix|browse} (how the text was searched) and {@code results=some|none} (searches
 * that found nothing are the catalog's gaps), and the timer {@code search.duration}, tagged by
 * {@code text}, of the database work of each search. Looked up at each use, as {@link
 * io.vitrina.catalog.reservation.domain.ReservationMetrics} explains.
 */
@ApplicationScoped
public class SearchMetrics {

  @Inject MetricRegistry registry;

  public void searched(TextQuery.Kind text, boolean found, Duration elapsed) {
    Tag textTag = new Tag("text", text.name().toLowerCase(java.util.Locale.ROOT));
    registry.counter("searches", textTag, new Tag("results", found ? "some" : "none")).inc();
    registry.timer("search.duration", textTag).update(elapsed);
  }
}
