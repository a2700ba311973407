package io.vitrina.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a {@code DATETIME(6)} column as UTC wall time. JPA 3.1 does not list
 * {@code Instant} among its basic types, and a {@code LocalDateTime} reaches MySQL unchanged by any
 * JVM or session time zone. A persistence unit lists this class explicitly: it lives in a library
 * jar, outside the unit's scanned root.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
