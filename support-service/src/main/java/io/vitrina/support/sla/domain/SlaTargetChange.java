package io.vitrina.support.sla.domain;

import io.vitrina.support.ticket.domain.TicketPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit entry: who set which targets for a priority, and when. */
@Entity
@Table(name = "sla_target_changes")
public class SlaTargetChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 16, nullable = false)
  private TicketPriority priority;

  @Column(name = "first_response", length = 32, nullable = false)
  private String firstResponse;

  @Column(name = "resolution", length = 32, nullable = false)
  private String resolution;

  @Column(name = "changed_by", length = 64, nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected SlaTargetChange() {}

  public SlaTargetChange(TicketPriority priority, SlaTargets targets, String by, Instant now) {
    this.priority = priority;
    this.firstResponse = targets.firstResponse().toString();
    this.resolution = targets.resolution().toString();
    this.changedBy = by;
    this.changedAt = now;
  }
}
