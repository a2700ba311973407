package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerSettingsTest {

  @Test
  void shouldRetryFiveTimesDoublingFromOneSecondThenDeadLetterByDefault() {
    AddressSettings settings = EmbeddedBroker.addressSettings(EmbeddedBroker.REDELIVERY_DELAY);

    assertEquals(1000, settings.getRedeliveryDelay());
    assertEquals(2.0, settings.getRedeliveryMultiplier());
    assertEquals(5, settings.getMaxDeliveryAttempts());
    assertEquals(EmbeddedBroker.DEAD_LETTER_ADDRESS, settings.getDeadLetterAddress().toString());
    assertEquals(EmbeddedBroker.EXPIRY_ADDRESS, settings.getExpiryAddress().toString());
  }

  @Test
  void shouldShortenOnlyTheDelayWhenAskedTo() {
    AddressSettings settings = EmbeddedBroker.addressSettings(Duration.ofMillis(250));

    assertEquals(250, settings.getRedeliveryDelay());
    assertEquals(2.0, settings.getRedeliveryMultiplier());
    assertEquals(5, settings.getMaxDeliveryAttempts());
    assertEquals(EmbeddedBroker.DEAD_LETTER_ADDRESS, settings.getDeadLetterAddress().toString());
  }
}
