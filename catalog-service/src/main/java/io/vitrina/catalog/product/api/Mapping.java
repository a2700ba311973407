package io.vitrina.catalog.product.api;

import io.vitrina.catalog.Roles;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.ProductDetails;
import io.vitrina.platform.problem.InvalidInputException;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.Map;

/** What the product resources share: turning requests into domain values, and who sees what. */
final class Mapping {

  private Mapping() {}

  static ProductDetails details(
      String name,
      String description,
      BigDecimal price,
      String currency,
      String categoryId,
      Map<String, String> attributes) {
    return new ProductDetails(
        name.strip(),
        description == null || description.isBlank() ? null : description.strip(),
        price(price, currency),
        categoryId,
        attributes == null ? Map.of() : attributes);
  }

  private static Price price(BigDecimal amount, String currency) {
    try {
      return new Price(amount, CurrencyCode.valueOf(currency));
    } catch (IllegalArgumentException invalid) {
      throw new InvalidInputException("price", invalid.getMessage());
    }
  }

  /** Whether the caller sees products that are not ACTIVE. */
  static boolean seesUnlisted(SecurityContext security) {
    return security.isUserInRole(Roles.CATALOG_ADMIN) || security.isUserInRole(Roles.ADMIN);
  }
}
