package io.vitrina.support.sla.api;

import io.vitrina.support.sla.domain.SlaPolicy;

/** A priority's targets in force, as ISO-8601 durations, and where they come from. */
public record SlaTargetView(
    String priority, String firstResponse, String resolution, String source) {

  static SlaTargetView of(SlaPolicy.Effective effective) {
    return new SlaTargetView(
        effective.priority().name(),
        effective.targets().firstResponse().toString(),
        effective.targets().resolution().toString(),
        effective.source().name());
  }
}
