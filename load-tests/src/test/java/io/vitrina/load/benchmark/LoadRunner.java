package io.vitrina.load.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Closed-loop load: a fixed number of clients, each sending its next request as soon as the last
 * one answered, first for a warm-up whose results are dropped, then for the measured interval.
 */
final class LoadRunner {
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

  /**
   * @param requests the next request, given a random number (to pick among ids or words)
   */
  LatencyStats run(String scenario, Function<ThreadLocalRandom, URI> requests)
      throws InterruptedException {
    drive(requests, warmUp);
    return drive(scenario, requests, measured);
  }

  private void drive(Function<ThreadLocalRandom, URI> requests, Duration length)
      throws InterruptedException {
    drive("warm-up", requests, length);
  }

  private LatencyStats drive(
      String scenario, Function<ThreadLocalRandom, URI> requests, Duration length)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + length.toNanos();
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        results.add(pool.submit(() -> client(requests, deadline, errors)));
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
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a load client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private long[] client(Function<ThreadLocalRandom, URI> requests, long deadline, AtomicLong errors)
      throws InterruptedException {
    long[] latencies = new long[1 << 14];
    int count = 0;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.nanoTime() < deadline) {
      HttpRequest request =
          HttpRequest.newBuilder(requests.apply(random))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json")
              .GET()
              .build();
      long sent = System.nanoTime();
      try {
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      }
      if (count == latencies.length) {
        latencies = java.util.Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[count++] = System.nanoTime() - sent;
    }
    return java.util.Arrays.copyOf(latencies, count);
  }
}
