package io.vitrina.support.context.domain;

/**
 * What asking another service live gave: the thing, a definite "no such thing" (404), or no answer
 * at all (down, too slow, circuit open, no credentials), when the read model has to do.
 */
public record Fetched<T>(Outcome outcome, T value) {

  /** How the live call ended. */
  public enum Outcome {
    FOUND,
    NOT_FOUND,
    UNAVAILABLE
  }

  public static <T> Fetched<T> found(T value) {
    return new Fetched<>(Outcome.FOUND, value);
  }

  public static <T> Fetched<T> notFound() {
    return new Fetched<>(Outcome.NOT_FOUND, null);
  }

  public static <T> Fetched<T> unavailable() {
    return new Fetched<>(Outcome.UNAVAILABLE, null);
  }
}
