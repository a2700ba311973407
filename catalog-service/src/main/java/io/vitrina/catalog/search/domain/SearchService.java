package io.vitrina.catalog.search.domain;

import io.vitrina.catalog.category.domain.CategoryPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs product searches: the page asked for, the total, and where the next page starts. */
@ApplicationScoped
public class SearchService {

  @Inject SearchRepository repository;
  @Inject SearchMetrics metrics;

  /**
   * Searches the catalog.
   *
   * <p>No JTA transaction: a search only reads, and under READ COMMITTED each statement sees its
   * own snapshot whether or not a transaction spans them, so one would buy a two-phase-capable
   * connection and nothing else.
   *
   * @return empty when the criteria name a category that does not exist
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SearchResult> search(SearchCriteria criteria) {
    long started = System.nanoTime();
    String subtree = null;
    if (criteria.categoryId() != null) {
      Optional<String> path = repository.categoryPath(criteria.categoryId());
      if (path.isEmpty()) {
        return Optional.empty();
      }
      subtree = CategoryPath.of(path.get()).value();
    }
    // One row more than the page tells whether there is a next page without counting.
    List<SearchHit> rows = repository.find(criteria, subtree, criteria.size() + 1);
    boolean more = rows.size() > criteria.size();
    List<SearchHit> items = more ? rows.subList(0, criteria.size()) : rows;
    long total =
        criteria.page() != null && criteria.page() == 0 && !more
            ? items.size()
            : repository.count(criteria, subtree);
    Cursor next = more ? Cursor.after(criteria.sort(), items.get(items.size() - 1)) : null;
    metrics.searched(
        criteria.text().kind(), total > 0, Duration.ofNanos(System.nanoTime() - started));
    return Optional.of(new SearchResult(List.copyOf(items), total, next));
  }
}
