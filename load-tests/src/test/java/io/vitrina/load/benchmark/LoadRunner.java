package io.vitrina.load.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Closed-loop load: a fixed number of clients, each starting its next unit of work (a request, a
 * commit, a checkout) as soon as the last one finished, first for a warm-up whose results are
 * dropped, then for the measured interval. Every unit is one latency sample, failed ones too.
 */
final class LoadRunner {

  /** One unit of a client's work. */
  @FunctionalInterface
  interface Operation {
    /**
     * Does one unit of work.
     *
     * @return its outcome; an exception counts as an error whose latency is the time until it
     */
    Outcome perform(ThreadLocalRandom random) throws Exception;
  }

  /**
   * How a unit of work went.
   *
   * @param ok whether it succeeded
   * @param nanos how long its measured part took (a checkout's order request, not its cart)
   */
  record Outcome(boolean ok, long nanos) {}

  private final HttpClient http;
  private final int clients;
  private final Duration warmUp;
  private final Duration measured;

  LoadRunner(HttpClient http, int clients, Duration warmUp, Duration measured) {
    this.http = http;
    this.clients = clients;
    this.warmUp = warmUp;
    this.measured = measured;
  }

  int clients() {
    return clients;
  }

  /**
   * GET requests answered 200.
   *
   * @param requests the next request, given a random number (to pick among ids or words)
   */
  LatencyStats run(String scenario, Function<ThreadLocalRandom, URI> requests)
      throws InterruptedException {
    return runClients(scenario, client -> random -> get(requests.apply(random)));
  }

  /**
   * Any work.
   *
   * @param clients each client's operation, by client number from 0: a client may hold state of its
   *     own (a connection, a signed-in buyer)
   */
  LatencyStats runClients(String scenario, IntFunction<Operation> clients)
      throws InterruptedException {
    drive("warm-up", clients, warmUp);
    return drive(scenario, clients, measured);
  }

  private Outcome get(URI uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET()
            .build();
    long sent = System.nanoTime();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    return new Outcome(response.statusCode() == 200, System.nanoTime() - sent);
  }

  private LatencyStats drive(String scenario, IntFunction<Operation> operations, Duration length)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + length.toNanos();
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Operation operation = operations.apply(i);
        results.add(pool.submit(() -> client(operation, deadline, errors)));
      }
      List<long[]> perClient = new ArrayList<>();
      for (Future<long[]> result : results) {
        perClient.add(result.get());
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      int total = perClient.stream().mapToInt(a -> a.length).sum();
      long[] all = new long[total];
      int at = 0;
      for (long[] latencies : perClient) {
        System.arraycopy(latencies, 0, all, at, latencies.length);
        at += latencies.length;
      }
      return LatencyStats.of(scenario, all, errors.get(), elapsed);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] client(Operation operation, long deadline, AtomicLong errors)
      throws InterruptedException {
    long[] latencies = new long[1 << 14];
    int count = 0;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.nanoTime() < deadline) {
      long began = System.nanoTime();
      long latency;
      try {
        Outcome outcome = operation.perform(random);
        latency = outcome.nanos();
        if (!outcome.ok()) {
          errors.incrementAndGet();
        }
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        errors.incrementAndGet();
        latency = System.nanoTime() - began;
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[count++] = latency;
    }
    return Arrays.copyOf(latencies, count);
  }
}
