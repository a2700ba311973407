package io.vitrina.support.context.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer as user-service's events last described them. An event older than the newest applied
 * changes nothing, and a deletion is final: the row stays as a tombstone without personal data, so
 * that a late {@code user.updated} cannot bring the data back. Never serialised to a client.
 */
@Entity
@Table(name = "customer_snapshots")
public class CustomerSnapshot {

  public static final String ACTIVE = "ACTIVE";
  public static final String DELETED = "DELETED";

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "status", length = 16, nullable = false)
  private String status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CustomerSnapshot() {}

  public CustomerSnapshot(String id) {
    this.id = id;
  }

  /**
   * Applies what an event says of the customer at {@code time}.
   *
   * @return whether anything changed
   */
  public boolean describe(String displayName, String email, String status, Instant time) {
    if (DELETED.equals(this.status) || (updatedAt != null && time.isBefore(updatedAt))) {
      return false;
    }
    this.displayName = displayName;
    this.email = email;
    this.status = status;
    this.updatedAt = time;
    return true;
  }

  /** Forgets everything personal; final. */
  public void delete(Instant time) {
    displayName = null;
    email = null;
    status = DELETED;
    updatedAt = updatedAt == null || time.isAfter(updatedAt) ? time : updatedAt;
  }

  public boolean deleted() {
    return DELETED.equals(status);
  }

  public CustomerCard card() {
    return new CustomerCard(id, displayName, email, status);
  }

  public String id() {
    return id;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
