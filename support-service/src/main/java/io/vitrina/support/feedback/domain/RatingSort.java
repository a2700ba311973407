package io.vitrina.support.feedback.domain;

import java.util.Arrays;
import java.util.Optional;

/** The orders the per-product list can be read in. */
public enum RatingSort {
  /** The most rated first. */
  MOST_RATED("-ratings"),
  /** The best average first. */
  BEST("-average"),
  /** The worst average first: what needs attention. */
  WORST("average"),
  /** The most recently rated first. */
  RECENT("-rated");

  private final String parameter;

  RatingSort(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static Optional<RatingSort> of(String parameter) {
    return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
  }
}
