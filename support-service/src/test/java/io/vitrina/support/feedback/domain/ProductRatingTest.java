package io.vitrina.support.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRatingTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void takesRatingsFromOneToFive(int value) {
    assertEquals(value, new ProductRating("t", "c", "o", "p", value, Instant.EPOCH).rating());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 6, 100})
  void refusesAnyOtherRating(int value) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ProductRating("t", "c", "o", "p", value, Instant.EPOCH));
    assertEquals(
        "rating: must be from 1 to 5, was " + value, refused.getMessage(), "names the field");
  }
}
