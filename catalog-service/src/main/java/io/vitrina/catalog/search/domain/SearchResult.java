package io.vitrina.catalog.search.domain;

import java.util.List;

/**
 * A page of a search.
 *
 * @param total how many products match in all, whatever the page
 * @param next where the next page starts; null on the last page
 */
public record SearchResult(List<SearchHit> items, long total, Cursor next) {}
