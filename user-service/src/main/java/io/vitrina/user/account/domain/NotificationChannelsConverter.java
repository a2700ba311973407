package io.vitrina.user.account.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of channels as a comma-separated column: a handful of fixed values that are only
 * ever read and written with the account, not worth a table.
 */
@Converter
public class NotificationChannelsConverter
    implements AttributeConverter<Set<NotificationChannel>, String> {

  @Override
  public String convertToDatabaseColumn(Set<NotificationChannel> channels) {
    return channels == null
        ? ""
        : channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<NotificationChannel> convertToEntityAttribute(String column) {
    EnumSet<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(NotificationChannel::valueOf)
          .forEach(channels::add);
    }
    return channels;
  }
}
