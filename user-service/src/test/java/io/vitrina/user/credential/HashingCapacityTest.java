package io.vitrina.user.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;

class HashingCapacityTest {
  private final MetricRegistry metrics = mock(MetricRegistry.class);
  private final Counter rejected = mock(Counter.class);

  HashingCapacityTest() {
    when(metrics.counter(anyString())).thenReturn(rejected);
  }

  @Test
  void shouldRefuseAtOnceWhenEveryTurnIsTakenAndNoneFreesInTime() throws Exception {
    HashingCapacity capacity = new HashingCapacity(1, Duration.ZERO, metrics);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first = holdTurn(capacity, release);

    PasswordHashingBusyException busy =
        assertThrows(PasswordHashingBusyException.class, () -> capacity.run(() -> "second"));

    assertEquals(503, busy.status());
    assertEquals("1", busy.headers().get("Retry-After"));
    verify(rejected).inc();
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("third", capacity.run(() -> "third"), "the turn is given back");
  }

  @Test
  void shouldGiveTheTurnBackWhenTheHashingFails() {
    HashingCapacity capacity = new HashingCapacity(1, Duration.ZERO, metrics);

    assertThrows(
        IllegalStateException.class,
        () ->
            capacity.run(
                () -> {
                  throw new IllegalStateException("malformed hash");
                }));

    assertEquals("next", capacity.run(() -> "next"));
    verify(rejected, never()).inc();
  }

  @Test
  void shouldLetAsManyHashAtOnceAsConfigured() throws Exception {
    HashingCapacity capacity = new HashingCapacity(2, Duration.ZERO, metrics);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first = holdTurn(capacity, release);

    assertEquals("second", capacity.run(() -> "second"));
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
  }

  @Test
  void shouldRefuseAConfigurationWithoutTurns() {
    assertThrows(
        IllegalArgumentException.class, () -> new HashingCapacity(0, Duration.ZERO, metrics));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HashingCapacity(1, Duration.ofSeconds(-1), metrics));
  }

  /** Takes a turn in another thread and keeps it until released; returns once it has it. */
  private static CompletableFuture<String> holdTurn(
      HashingCapacity capacity, CountDownLatch release) {
    CountDownLatch hashing = new CountDownLatch(1);
    CompletableFuture<String> held =
        CompletableFuture.supplyAsync(
            () ->
                capacity.run(
                    () -> {
                      hashing.countDown();
                      await(release);
                      return "first";
                    }));
    await(hashing);
    return held;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never signalled");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
