package io.vitrina.catalog.search.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a search can come in, each with the key a keyset cursor resumes from. Every order ends
 * on the product id, so no two products tie and a cursor names one exact place.
 */
public enum SearchSort {
  /** Best match first; only meaningful with full-text words. */
  RELEVANCE("relevance", false),
  PRICE("price", true),
  PRICE_DESCENDING("-price", false),
  NEWEST("newest", false),
  NAME("name", true);

  private final String parameter;
  private final boolean ascending;

  SearchSort(String parameter, boolean ascending) {
    this.parameter = parameter;
    this.ascending = ascending;
  }

  /** The value of the {@code sort} parameter that asks for this order. */
  public String parameter() {
    return parameter;
  }

  /** Whether the sort key (and the id that breaks ties) grows from one result to the next. */
  public boolean ascending() {
    return ascending;
  }

  public static Optional<SearchSort> fromParameter(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
  }

  /** The values the {@code sort} parameter accepts, for error messages. */
  public static String parameters() {
    return String.join(", ", Arrays.stream(values()).map(SearchSort::parameter).toList());
  }

  /** The sort key of a hit, as a cursor carries it. */
  public String keyOf(SearchHit hit) {
    return switch (this) {
      case RELEVANCE -> Double.toString(hit.score());
      case PRICE, PRICE_DESCENDING -> hit.price().toPlainString();
      case NEWEST -> hit.createdAt().toString();
      case NAME -> hit.name();
    };
  }

  /**
   * The typed value of a key a cursor carried, to bind as a query parameter.
   *
   * @throws IllegalArgumentException when the key is not one this order produces
   */
  public Object parseKey(String key) {
    try {
      return switch (this) {
        case RELEVANCE -> {
          double score = Double.parseDouble(key);
          if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("not a finite score");
          }
          yield score;
        }
        case PRICE, PRICE_DESCENDING -> {
          if (key.length() > 40) {
            throw new IllegalArgumentException("not a price");
          }
          yield new BigDecimal(key);
        }
        case NEWEST -> LocalDateTime.parse(key);
        case NAME -> key;
      };
    } catch (NumberFormatException | DateTimeParseException malformed) {
      throw new IllegalArgumentException("malformed sort key", malformed);
    }
  }
}
