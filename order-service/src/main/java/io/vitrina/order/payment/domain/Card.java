package io.vitrina.order.payment.domain;

/**
 * A card number as the customer gave it, 12 to 19 digits. Its {@code toString} shows only the last
 * four, so that it cannot leak into a log.
 */
public record Card(String number) {

  public Card {
    if (number == null || !number.matches("[0-9]{12,19}")) {
      throw new IllegalArgumentException("a card number is 12 to 19 digits");
    }
  }

  public String last4() {
    return number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return "Card[****" + last4() + "]";
  }
}
