package io.vitrina.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BodySizeLimitFilterTest {

  private static final BodySizeAllowance UPLOADS =
      (method, path) ->
          "POST".equals(method) && path.startsWith("uploads/")
              ? OptionalLong.of(1_000_000)
              : OptionalLong.empty();

  @Test
  void shouldKeepTheDefaultLimitWithoutAllowances() {
    assertEquals(65_536, BodySizeLimitFilter.limit(65_536, List.of(), "POST", "uploads/1"));
  }

  @Test
  void shouldGrantTheAllowanceOnlyToTheRequestsItCovers() {
    assertEquals(
        1_000_000, BodySizeLimitFilter.limit(65_536, List.of(UPLOADS), "POST", "uploads/1"));
    assertEquals(65_536, BodySizeLimitFilter.limit(65_536, List.of(UPLOADS), "PUT", "uploads/1"));
    assertEquals(65_536, BodySizeLimitFilter.limit(65_536, List.of(UPLOADS), "POST", "products"));
  }

  @Test
  void shouldNeverLowerTheDefaultAndTakeTheLargestAllowance() {
    BodySizeAllowance smaller = (method, path) -> OptionalLong.of(10);
    BodySizeAllowance larger = (method, path) -> OptionalLong.of(2_000_000);
    assertEquals(65_536, BodySizeLimitFilter.limit(65_536, List.of(smaller), "POST", "x"));
    assertEquals(
        2_000_000,
        BodySizeLimitFilter.limit(65_536, List.of(smaller, UPLOADS, larger), "POST", "uploads/1"));
  }
}
