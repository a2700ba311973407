package io.vitrina.support.sla.domain;

import io.vitrina.support.ticket.domain.TicketPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** The targets an admin set for a priority at runtime, in place of the configured ones. */
@Entity
@Table(name = "sla_targets")
public class SlaTargetOverride {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 16)
  private TicketPriority priority;

  @Column(name = "first_response", length = 32, nullable = false)
  private String firstResponse;

  @Column(name = "resolution", length = 32, nullable = false)
  private String resolution;

  @Column(name = "updated_by", length = 64, nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SlaTargetOverride() {}

  public SlaTargetOverride(TicketPriority priority) {
    this.priority = priority;
  }

  public void set(SlaTargets targets, String by, Instant now) {
    firstResponse = targets.firstResponse().toString();
    resolution = targets.resolution().toString();
    updatedBy = by;
    updatedAt = now;
  }

  public TicketPriority priority() {
    return priority;
  }

  public SlaTargets targets() {
    return new SlaTargets(Duration.parse(firstResponse), Duration.parse(resolution));
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
