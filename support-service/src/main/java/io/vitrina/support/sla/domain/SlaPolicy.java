package io.vitrina.support.sla.domain;

import io.vitrina.support.ticket.domain.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The SLA targets in force: per priority, the admin's override when there is one, else the
 * configured {@code vitrina.sla.<priority>.first-response} and {@code .resolution}. Targets apply
 * to tickets opened (or re-prioritised) after they are set; due times already fixed stay.
 */
@ApplicationScoped
public class SlaPolicy {

  @Inject Config config;
  @Inject SlaRepository repository;
  @Inject Clock clock;

  /** Where a priority's targets come from. */
  public enum Source {
    CONFIGURATION,
    OVERRIDE
  }

  /** A priority's targets and where they come from. */
  public record Effective(TicketPriority priority, SlaTargets targets, Source source) {}

  /** The targets in force for a priority. */
  @Transactional
  public SlaTargets targets(TicketPriority priority) {
    return repository
        .override(priority)
        .map(SlaTargetOverride::targets)
        .orElseGet(() -> configured(priority));
  }

  /** The targets of every priority. */
  @Transactional
  public Map<TicketPriority, Effective> all() {
    Map<TicketPriority, Effective> all = new EnumMap<>(TicketPriority.class);
    for (TicketPriority priority : TicketPriority.values()) {
      all.put(priority, new Effective(priority, configured(priority), Source.CONFIGURATION));
    }
    for (SlaTargetOverride override : repository.overrides()) {
      all.put(
          override.priority(),
          new Effective(override.priority(), override.targets(), Source.OVERRIDE));
    }
    return all;
  }

  /** Sets the targets of some priorities, audited, in one transaction. */
  @Transactional
  public Map<TicketPriority, Effective> override(
      Map<TicketPriority, SlaTargets> targets, String adminId) {
    targets.forEach(
        (priority, target) -> {
          SlaTargetOverride override =
              repository
                  .override(priority)
                  .orElseGet(
                      () -> {
                        SlaTargetOverride created = new SlaTargetOverride(priority);
                        created.set(target, adminId, clock.instant());
                        repository.add(created);
                        return created;
                      });
          override.set(target, adminId, clock.instant());
          repository.audit(new SlaTargetChange(priority, target, adminId, clock.instant()));
        });
    return all();
  }

  /** The configured targets of a priority. */
  public SlaTargets configured(TicketPriority priority) {
    String prefix = "vitrina.sla." + priority.configKey() + ".";
    return new SlaTargets(
        config.getValue(prefix + "first-response", Duration.class),
        config.getValue(prefix + "resolution", Duration.class));
  }
}
