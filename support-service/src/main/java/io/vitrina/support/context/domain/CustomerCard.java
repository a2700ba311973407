package io.vitrina.support.context.domain;

/**
 * A customer as a ticket's context shows them: live from user-service or from the read model.
 * {@code status} is ACTIVE, DISABLED or DELETED; a deleted customer has no name or email.
 */
public record CustomerCard(String id, String displayName, String email, String status) {

  /** What a customer sees of their own card: who they are, not how the account is managed. */
  public CustomerCard forCustomer() {
    return new CustomerCard(id, displayName, null, null);
  }
}
