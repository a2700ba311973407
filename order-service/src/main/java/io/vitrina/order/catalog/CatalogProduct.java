package io.vitrina.order.catalog;

import java.math.BigDecimal;

/**
 * The part of catalog-service's product representation this service reads; other members are
 * ignored. This service's own copy: no contract jar is shared between services.
 */
public record CatalogProduct(
    String id, String sku, String name, BigDecimal price, String currency, String status) {

  static final String ACTIVE = "ACTIVE";
}
