package io.vitrina.order.report.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ReportKind} by its wire name, the same name the API and the queue use. */
@Converter
public class ReportKindConverter implements AttributeConverter<ReportKind, String> {

  @Override
  public String convertToDatabaseColumn(ReportKind kind) {
    return kind == null ? null : kind.wireName();
  }

  @Override
  public ReportKind convertToEntityAttribute(String name) {
    return name == null
        ? null
        : ReportKind.fromWireName(name)
            .orElseThrow(() -> new IllegalStateException("Unknown report kind " + name));
  }
}
