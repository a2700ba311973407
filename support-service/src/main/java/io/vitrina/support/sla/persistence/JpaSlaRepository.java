package io.vitrina.support.sla.persistence;

import io.vitrina.support.sla.domain.SlaRepository;
import io.vitrina.support.sla.domain.SlaTargetChange;
import io.vitrina.support.sla.domain.SlaTargetOverride;
import io.vitrina.support.ticket.domain.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Overrides in {@code sla_targets}, their audit in {@code sla_target_changes}. */
@ApplicationScoped
public class JpaSlaRepository implements SlaRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public List<SlaTargetOverride> overrides() {
    return em.createQuery("SELECT o FROM SlaTargetOverride o", SlaTargetOverride.class)
        .getResultList();
  }

  @Override
  public Optional<SlaTargetOverride> override(TicketPriority priority) {
    return Optional.ofNullable(em.find(SlaTargetOverride.class, priority));
  }

  @Override
  public void add(SlaTargetOverride override) {
    em.persist(override);
  }

  @Override
  public void audit(SlaTargetChange change) {
    em.persist(change);
  }
}
