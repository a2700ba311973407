package io.vitrina.catalog.search.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One product found, with what a result list shows of it and what its sort keys are.
 *
 * @param available on hand less reserved
 * @param score the full-text relevance; null unless the search had full-text words
 * @param createdAt UTC wall time, as stored: the key of the newest-first order
 */
public record SearchHit(
    String id,
    String sku,
    String name,
    BigDecimal price,
    String currency,
    String categoryId,
    int available,
    Double score,
    LocalDateTime createdAt) {}
