package io.vitrina.catalog.search.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.search.domain.AttributeFilter;
import io.vitrina.catalog.search.domain.Cursor;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchSort;
import io.vitrina.catalog.search.domain.TextQuery;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of a search as the client sent them, and the rules that turn them into
 * {@link SearchCriteria}. Every rejected parameter is reported at once, in one 400.
 *
 * @param attributes the {@code attr.<name>} parameters, keyed by the whole parameter name
 */
public record SearchParameters(
    String q,
    String category,
    String status,
    String minPrice,
    String maxPrice,
    String currency,
    String inStock,
    String sort,
    String page,
    String size,
    String cursor,
    Map<String, List<String>> attributes) {

  /** The prefix of attribute filter parameters. */
  public static final String ATTRIBUTE_PREFIX = "attr.";

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Attribute filters at most in one search. */
  public static final int MAX_ATTRIBUTE_FILTERS = 10;

  /** The longest attribute value a product can have. */
  public static final int MAX_ATTRIBUTE_VALUE = 500;

  private static final Pattern UUID = Pattern.compile(Ids.UUID);
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile(Ids.ATTRIBUTE);
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

  /**
   * The criteria these parameters ask for.
   *
   * @param seesUnlisted whether the caller administers the catalog (may see and filter any status)
   * @param maxOffsetRows how deep offset paging may reach: page × size + size at most
   * @throws InvalidInputException listing every parameter that is wrong
   * @throws ProblemException 403 when a caller who may not asks for products that are not ACTIVE
   */
  public SearchCriteria toCriteria(boolean seesUnlisted, int maxOffsetRows) {
    List<Violation> violations = new ArrayList<>();

    TextQuery text = TextQuery.parse(null);
    try {
      text = TextQuery.parse(q);
    } catch (IllegalArgumentException tooLong) {
      violations.add(new Violation("q", tooLong.getMessage()));
    }

    if (category != null && !UUID.matcher(category).matches()) {
      violations.add(new Violation("category", Ids.UUID_MESSAGE));
    }

    Set<ProductStatus> statuses = statuses(seesUnlisted, violations);

    CurrencyCode currencyCode = null;
    if (currency != null) {
      try {
        currencyCode = CurrencyCode.valueOf(currency);
      } catch (IllegalArgumentException unknown) {
        violations.add(new Violation("currency", CurrencyCode.MESSAGE));
      }
    }
    BigDecimal min = price("minPrice", minPrice, violations);
    BigDecimal max = price("maxPrice", maxPrice, violations);
    if (min != null && max != null && min.compareTo(max) > 0) {
      violations.add(new Violation("minPrice", "must not be greater than maxPrice"));
    }
    if ((minPrice != null || maxPrice != null) && currency == null) {
      violations.add(
          new Violation(
              "currency",
              "is required with minPrice or maxPrice: prices in different currencies do not"
                  + " compare"));
    }

    boolean stocked = false;
    if (inStock != null) {
      if (inStock.equalsIgnoreCase("true")) {
        stocked = true;
      } else if (!inStock.equalsIgnoreCase("false")) {
        violations.add(new Violation("inStock", "must be true or false"));
      }
    }

    List<AttributeFilter> attributeFilters = attributeFilters(violations);

    SearchSort requested = null;
    if (sort != null) {
      requested = SearchSort.fromParameter(sort).orElse(null);
      if (requested == null) {
        violations.add(new Violation("sort", "must be one of " + SearchSort.parameters()));
      }
    }
    SearchSort effective = effectiveSort(requested, text);

    int pageSize = DEFAULT_SIZE;
    if (size != null) {
      Integer parsed = integer(size);
      if (parsed == null || parsed < 1 || parsed > MAX_SIZE) {
        violations.add(new Violation("size", "must be a whole number from 1 to " + MAX_SIZE));
      } else {
        pageSize = parsed;
      }
    }

    Cursor after = null;
    if (cursor != null) {
      try {
        after = Cursor.decode(cursor);
        if (after.sort() != effective) {
          violations.add(
              new Violation(
                  "cursor",
                  "belongs to a search sorted by "
                      + after.sort().parameter()
                      + ": repeat that search's parameters with it"));
          after = null;
        }
      } catch (IllegalArgumentException notOurs) {
        violations.add(new Violation("cursor", "is not a cursor this search issued"));
      }
      if (page != null) {
        violations.add(new Violation("page", "give page or cursor, not both"));
      }
    }

    Integer pageNumber = null;
    if (cursor == null) {
      pageNumber = 0;
      if (page != null) {
        pageNumber = integer(page);
        if (pageNumber == null) {
          violations.add(new Violation("page", "must be a whole number from 0"));
        } else if ((long) pageNumber * pageSize + pageSize > maxOffsetRows) {
          violations.add(
              new Violation(
                  "page",
                  "pages reach the first "
                      + maxOffsetRows
                      + " results only: go deeper by following the next link (cursor)"));
        }
      }
    }

    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new SearchCriteria(
        text,
        category,
        statuses,
        currencyCode,
        min,
        max,
        stocked,
        attributeFilters,
        effective,
        pageSize,
        pageNumber,
        after);
  }

  /** Relevance is the default, and means anything, only when there are words to rank by. */
  static SearchSort effectiveSort(SearchSort requested, TextQuery text) {
    boolean ranked = text.kind() == TextQuery.Kind.FULLTEXT;
    if (requested == null) {
      return ranked ? SearchSort.RELEVANCE : SearchSort.NAME;
    }
    return requested == SearchSort.RELEVANCE && !ranked ? SearchSort.NAME : requested;
  }

  private Set<ProductStatus> statuses(boolean seesUnlisted, List<Violation> violations) {
    if (status == null) {
      return seesUnlisted ? EnumSet.allOf(ProductStatus.class) : EnumSet.of(ProductStatus.ACTIVE);
    }
    ProductStatus asked;
    try {
      asked = ProductStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      violations.add(new Violation("status", "must be one of DRAFT, ACTIVE, DISCONTINUED"));
      return EnumSet.of(ProductStatus.ACTIVE);
    }
    if (asked != ProductStatus.ACTIVE && !seesUnlisted) {
      throw new ProblemException(
          403, "Forbidden", "Only catalog administrators may search products that are not ACTIVE.");
    }
    return EnumSet.of(asked);
  }

  private static BigDecimal price(String name, String value, List<Violation> violations) {
    if (value == null) {
      return null;
    }
    if (!DECIMAL.matcher(value).matches()) {
      violations.add(
          new Violation(
              name,
              "must be a decimal number of at most "
                  + Price.MAX_INTEGER_DIGITS
                  + " digits before the point and 4 after, such as 19.99"));
      return null;
    }
    return new BigDecimal(value);
  }

  private List<AttributeFilter> attributeFilters(List<Violation> violations) {
    List<AttributeFilter> filters = new ArrayList<>();
    int count = 0;
    for (Map.Entry<String, List<String>> parameter : attributes.entrySet()) {
      String field = parameter.getKey();
      String name = field.substring(ATTRIBUTE_PREFIX.length());
      if (!ATTRIBUTE_NAME.matcher(name).matches()) {
        violations.add(
            new Violation(shorten(field), "the attribute name " + Ids.ATTRIBUTE_MESSAGE));
        continue;
      }
      for (String value : parameter.getValue()) {
        count++;
        if (value == null || value.isEmpty() || value.length() > MAX_ATTRIBUTE_VALUE) {
          violations.add(
              new Violation(field, "must be 1 to " + MAX_ATTRIBUTE_VALUE + " characters"));
        } else {
          filters.add(new AttributeFilter(name, value));
        }
      }
    }
    if (count > MAX_ATTRIBUTE_FILTERS) {
      violations.add(
          new Violation(
              ATTRIBUTE_PREFIX + "*", "at most " + MAX_ATTRIBUTE_FILTERS + " attribute filters"));
    }
    return filters;
  }

  private static Integer integer(String value) {
    return INTEGER.matcher(value).matches() ? Integer.valueOf(value) : null;
  }

  /** A parameter name echoed in a problem, cut to a sane length. */
  private static String shorten(String field) {
    return field.length() <= 80 ? field : field.substring(0, 80) + "...";
  }

  /** The attribute filter parameters among all query parameters. */
  public static boolean isAttribute(String parameterName) {
    return parameterName.startsWith(ATTRIBUTE_PREFIX);
  }
}
