package io.vitrina.user.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationChannelsConverterTest {

  private final NotificationChannelsConverter converter = new NotificationChannelsConverter();

  @Test
  void shouldStoreChannelsSortedAndReadThemBack() {
    String column =
        converter.convertToDatabaseColumn(
            Set.of(NotificationChannel.PUSH, NotificationChannel.EMAIL));
    assertEquals("EMAIL,PUSH", column);
    assertEquals(
        Set.of(NotificationChannel.PUSH, NotificationChannel.EMAIL),
        converter.convertToEntityAttribute(column));
  }

  @Test
  void shouldReadAnEmptyColumnAsNoChannels() {
    assertEquals(Set.of(), converter.convertToEntityAttribute(""));
  }
}
