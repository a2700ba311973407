package io.vitrina.catalog.product.domain;

/** The ISO 4217 currencies the catalog prices in. */
public enum CurrencyCode {
  EUR,
  USD,
  GBP,
  MXN;

  /** A regular expression matching exactly one supported code, for input validation. */
  public static final String PATTERN = "EUR|USD|GBP|MXN";

  public static final String MESSAGE = "must be one of EUR, USD, GBP, MXN";
}
