package io.vitrina.support.sla.domain;

import io.vitrina.support.ticket.domain.TicketPriority;
import java.util.List;
import java.util.Optional;

/** The runtime overrides of SLA targets and their audit. */
public interface SlaRepository {

  List<SlaTargetOverride> overrides();

  Optional<SlaTargetOverride> override(TicketPriority priority);

  void add(SlaTargetOverride override);

  void audit(SlaTargetChange change);
}
