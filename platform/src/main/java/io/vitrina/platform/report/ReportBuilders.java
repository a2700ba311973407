package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The {@link ReportBuilder} of each kind, found among the application's beans (the SPI). */
@ApplicationScoped
public class ReportBuilders {

  @Inject @Any Instance<ReportBuilder> builders;

  public ReportBuilder of(String kind) {
    return builders.stream()
        .filter(builder -> builder.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No builder for " + kind + " reports"));
  }
}
