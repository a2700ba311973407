package io.vitrina.order.checkout;

import java.util.Objects;

/**
 * Who asks: a customer sees and acts on their own orders only; staff (admin, support-agent) on
 * every order.
 *
 * @param subject the token's subject, also the customer id of the caller's own orders
 * @param staff whether the caller is admin or support-agent
 */
public record Caller(String subject, boolean staff) {

  public Caller {
    Objects.requireNonNull(subject, "subject");
  }

  /** Whether the caller may see the order of {@code customerId}. */
  public boolean sees(String customerId) {
    return staff || subject.equals(customerId);
  }
}
