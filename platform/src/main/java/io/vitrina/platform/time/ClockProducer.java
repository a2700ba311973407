package io.vitrina.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the UTC system clock. Code that reads the time injects a {@link Clock} instead of
 * calling {@code Instant.now()}, so that a test can hand it a fixed or moving one.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
