package io.vitrina.catalog.product.domain;

/** Where a product is in its life. Only ACTIVE products are shown to the public and reservable. */
public enum ProductStatus {
  /** Being prepared: visible to catalog administrators only. */
  DRAFT,
  /** For sale. */
  ACTIVE,
  /** No longer sold; kept because orders refer to it. Final. */
  DISCONTINUED
}
