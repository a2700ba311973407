package io.vitrina.catalog.search.domain;

import java.util.List;
import java.util.Optional;

/** Where searches run: the catalog's tables, read with native SQL for full text and keysets. */
public interface SearchRepository {

  /** The materialized path of a category; empty when there is no such category. */
  Optional<String> categoryPath(String categoryId);

  /**
   * Up to {@code limit} hits in the criteria's order, after its cursor or from its offset.
   *
   * @param subtreePath the path of the criteria's category, null when it has none
   * @throws SearchTimeoutException when the database gives up on the query
   */
  List<SearchHit> find(SearchCriteria criteria, String subtreePath, int limit);

  /** How many products match the criteria, ignoring page and cursor. */
  long count(SearchCriteria criteria, String subtreePath);
}
