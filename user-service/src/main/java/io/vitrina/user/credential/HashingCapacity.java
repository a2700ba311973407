package io.vitrina.user.credential;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * How many passwords are hashed at once. A PBKDF2 hash is a deliberate fraction of a second of CPU;
 * run without a limit, a burst of sign-ins (or a password-guessing attack) would share the cores
 * among all of them, make every one slow, and starve the requests that need no hash — service
 * tokens, JWKS, profile reads. With a limit of one hash per core, the rest wait a moment for their
 * turn and, past {@code vitrina.password-hashing.max-wait}, get a 503 with Retry-After at once.
 *
 * <ul>
 *   <li>{@code vitrina.password-hashing.concurrency}: hashes at once (default: the cores the JVM
 *       sees)
 *   <li>{@code vitrina.password-hashing.max-wait}: how long a request waits for its turn (default
 *       {@code PT2S})
 * </ul>
 */
@ApplicationScoped
public class HashingCapacity {

  @Inject
  @ConfigProperty(name = "vitrina.password-hashing.concurrency")
  Optional<Integer> concurrency;

  @Inject
  @ConfigProperty(name = "vitrina.password-hashing.max-wait", defaultValue = "PT2S")
  Duration maxWait;

  @Inject MetricRegistry metrics;

  private Semaphore permits;

  /** For CDI. */
  public HashingCapacity() {}

  HashingCapacity(int concurrency, Duration maxWait, MetricRegistry metrics) {
    this.concurrency = Optional.of(concurrency);
    this.maxWait = maxWait;
    this.metrics = metrics;
    init();
  }

  @PostConstruct
  void init() {
    int limit = concurrency.orElse(Runtime.getRuntime().availableProcessors());
    if (limit < 1) {
      throw new IllegalArgumentException(
          "vitrina.password-hashing.concurrency must be at least 1, not " + limit);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("vitrina.password-hashing.max-wait must not be negative");
    }
    permits = new Semaphore(limit, true);
  }

  /**
   * Runs the hashing when its turn comes.
   *
   * @throws PasswordHashingBusyException when no turn came within the maximum wait
   */
  public <T> T run(Supplier<T> hashing) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PasswordHashingBusyException();
    }
    if (!acquired) {
      metrics.counter("password.hashing.rejected").inc();
      throw new PasswordHashingBusyException();
    }
    try {
      return hashing.get();
    } finally {
      permits.release();
    }
  }
}
