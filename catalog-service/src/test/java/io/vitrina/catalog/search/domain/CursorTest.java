package io.vitrina.catalog.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  private static final String ID = "0b7d5a52-3c4e-4f3a-9a51-1f0e2d3c4b5a";

  private static SearchHit hit(String name, double score) {
    return new SearchHit(
        ID,
        "SKU-1",
        name,
        new BigDecimal("19.90"),
        "EUR",
        ID,
        3,
        score,
        LocalDateTime.of(2025, 3, 1, 10, 15, 30, 123_456_000));
  }

  @Test
  void shouldRoundTripEverySortKeyExactly() {
    SearchHit hit = hit("Blue | shoes\nwith\u00e9 \"quotes\"", 0.1234567890123);
    for (SearchSort sort : SearchSort.values()) {
      Cursor cursor = Cursor.after(sort, hit);
      Cursor decoded = Cursor.decode(cursor.encode());
      assertEquals(cursor, decoded);
    }
    assertEquals(
        0.1234567890123,
        Cursor.decode(Cursor.after(SearchSort.RELEVANCE, hit).encode()).typedKey());
    assertEquals(
        new BigDecimal("19.90"),
        Cursor.decode(Cursor.after(SearchSort.PRICE, hit).encode()).typedKey());
    assertEquals(
        LocalDateTime.of(2025, 3, 1, 10, 15, 30, 123_456_000),
        Cursor.decode(Cursor.after(SearchSort.NEWEST, hit).encode()).typedKey());
    assertEquals(
        "Blue | shoes\nwith\u00e9 \"quotes\"",
        Cursor.decode(Cursor.after(SearchSort.NAME, hit).encode()).typedKey());
  }

  @Test
  void shouldBeUrlSafeText() {
    String encoded = Cursor.after(SearchSort.NAME, hit("ÿÿÿ???>>>", 1)).encode();
    assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not base64 !",
        "AAAA",
        "' OR 1=1 --",
        "eyJzb3J0IjoicHJpY2UifQ",
      })
  void shouldRejectTextThatIsNotACursor(String text) {
    assertThrows(IllegalArgumentException.class, () -> Cursor.decode(text));
  }

  @Test
  void shouldRejectForgedContent() {
    assertThrows(IllegalArgumentException.class, () -> Cursor.decode(raw("1\nprice\nabc\n" + ID)));
    assertThrows(
        IllegalArgumentException.class, () -> Cursor.decode(raw("1\nprice\n1.00\nnot-an-id")));
    assertThrows(IllegalArgumentException.class, () -> Cursor.decode(raw("2\nprice\n1.00\n" + ID)));
    assertThrows(
        IllegalArgumentException.class, () -> Cursor.decode(raw("1\nrandom\n1.00\n" + ID)));
    assertThrows(
        IllegalArgumentException.class, () -> Cursor.decode(raw("1\nrelevance\nNaN\n" + ID)));
    assertThrows(
        IllegalArgumentException.class, () -> Cursor.decode(raw("1\nnewest\nyesterday\n" + ID)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Cursor.decode("A".repeat(Cursor.MAX_ENCODED_LENGTH + 1)));
    assertEquals(new BigDecimal("1.00"), Cursor.decode(raw("1\nprice\n1.00\n" + ID)).typedKey());
  }

  private static String raw(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
