package io.vitrina.order.report.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The {@link ReportBuilder} of each kind, found among the application's beans. */
@ApplicationScoped
public class ReportBuilders {

  @Inject @Any Instance<ReportBuilder> builders;

  public ReportBuilder of(ReportKind kind) {
    return builders.stream()
        .filter(builder -> builder.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No builder for " + kind + " reports"));
  }
}
