package io.vitrina.catalog.inventory.domain;

import java.util.Locale;

/** Why a product's stock changed; in events by its {@link #wireName()}. */
public enum StockChangeCause {
  /** An administrator's audited adjustment of the stock on hand. */
  ADJUSTMENT,
  /** A reservation now holds units. */
  RESERVATION,
  /** A reservation's units were sold: they leave on-hand and reserved alike. */
  COMMIT,
  /** A reservation gave its units back on request. */
  RELEASE,
  /** A reservation gave its units back because nobody committed it in time. */
  EXPIRY,
  /** Refunded units went back on hand (an audited adjustment made for order-service). */
  RESTOCK;

  /** The lower-case name events carry: {@code adjustment}, {@code reservation}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
