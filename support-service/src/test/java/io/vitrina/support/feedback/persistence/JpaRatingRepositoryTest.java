package io.vitrina.support.feedback.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.support.feedback.domain.RatingSort;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaRatingRepositoryTest {

  @ParameterizedTest
  @EnumSource(RatingSort.class)
  void breaksEveryTieByProductSoThatPagesNeverOverlap(RatingSort sort) {
    assertTrue(JpaRatingRepository.orderBy(sort).endsWith("r.productId"), sort.name());
  }

  @Test
  void readsTheLatestRatingTimeInEveryFormTheDriverGives() {
    Instant expected = Instant.parse("2026-11-29T10:15:30.123456Z");
    LocalDateTime utc = LocalDateTime.parse("2026-11-29T10:15:30.123456");
    assertEquals(expected, JpaRatingRepository.instant(expected));
    assertEquals(expected, JpaRatingRepository.instant(utc));
    assertEquals(expected, JpaRatingRepository.instant(Timestamp.valueOf(utc)));
    assertNull(JpaRatingRepository.instant(null));
    assertThrows(IllegalStateException.class, () -> JpaRatingRepository.instant("2026"));
  }
}
