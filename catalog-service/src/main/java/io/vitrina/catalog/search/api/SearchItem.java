package io.vitrina.catalog.search.api;

import io.vitrina.catalog.search.domain.SearchHit;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One product in a search result.
 *
 * @param available on hand less reserved: shown to catalog administrators only, as the stock
 *     endpoints are
 * @param score full-text relevance, higher is better: only when the search had full-text words
 */
@Schema(name = "SearchItem")
@JsonbPropertyOrder({"id", "sku", "name", "price", "currency", "categoryId", "available", "score"})
public record SearchItem(
    String id,
    String sku,
    String name,
    @Schema(example = "89.90") BigDecimal price,
    @Schema(enumeration = {"EUR", "USD", "GBP", "MXN"}) String currency,
    String categoryId,
    @Schema(description = "On hand less reserved; catalog administrators only", nullable = true)
        Integer available,
    @Schema(description = "Relevance when q has words to match; higher is better", nullable = true)
        Double score) {

  static SearchItem of(SearchHit hit, boolean showStock) {
    return new SearchItem(
        hit.id(),
        hit.sku(),
        hit.name(),
        hit.price(),
        hit.currency(),
        hit.categoryId(),
        showStock ? hit.available() : null,
        hit.score());
  }
}
