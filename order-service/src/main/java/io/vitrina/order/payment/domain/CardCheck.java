package io.vitrina.order.payment.domain;

import io.vitrina.platform.problem.Violation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a card passes before any provider sees it: a number of 12 to 19 digits with a valid
 * Luhn check digit, an expiry month that has not ended (a card is good through the last day of its
 * month), and a CVC of 3 or 4 digits. The provider still decides whether it pays.
 */
public final class CardCheck {

  private CardCheck() {}

  /** What is wrong with the card, by field ({@code prefix} names its place in the request). */
  public static List<Violation> violations(
      String prefix,
      String number,
      Integer expiryMonth,
      Integer expiryYear,
      String cvc,
      YearMonth now) {
    List<Violation> violations = new ArrayList<>();
    if (number == null || !number.matches("[0-9]{12,19}")) {
      violations.add(new Violation(prefix + "number", "must be 12 to 19 digits"));
    } else if (!luhn(number)) {
      violations.add(new Violation(prefix + "number", "is not a valid card number"));
    }
    if (expiryMonth == null || expiryMonth < 1 || expiryMonth > 12) {
      violations.add(new Violation(prefix + "expiryMonth", "must be 1 to 12"));
    } else if (expiryYear == null || expiryYear < 2000 || expiryYear > 2999) {
      violations.add(new Violation(prefix + "expiryYear", "must be a four-digit year"));
    } else if (YearMonth.of(expiryYear, expiryMonth).isBefore(now)) {
      violations.add(new Violation(prefix + "expiryYear", "the card has expired"));
    }
    if (cvc == null || !cvc.matches("[0-9]{3,4}")) {
      violations.add(new Violation(prefix + "cvc", "must be 3 or 4 digits"));
    }
    return violations;
  }

  /** Whether the digits pass the Luhn (mod 10) check. */
  public static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return false;
      }
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
