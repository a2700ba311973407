package io.vitrina.catalog.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextQueryTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void shouldBrowseWithoutText(String text) {
    assertEquals(TextQuery.Kind.BROWSE, TextQuery.parse(text).kind());
  }

  @Test
  void shouldRequireEveryWordAsPrefix() {
    TextQuery query = TextQuery.parse("Blue  Running SHOES");
    assertEquals(TextQuery.Kind.FULLTEXT, query.kind());
    assertEquals("+blue* +running* +shoes*", query.expression());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"blue\" +shoes -red ~cheap <big >small (sale) @3 shoes*",
        "blue\" \"shoes",
        "((blue shoes",
        "blue)) shoes((",
        "+-*blue*-+ shoes",
        "'blue' OR 1=1 -- shoes",
        "blue;shoes"
      })
  void shouldStripEveryOperatorAndKeepOnlyWords(String text) {
    String expression = TextQuery.parse(text).expression();
    assertTrue(expression.matches("(\\+[\\p{L}\\p{N}]+\\*)( \\+[\\p{L}\\p{N}]+\\*)*"), expression);
    assertTrue(expression.contains("+blue*"), expression);
    assertTrue(expression.contains("+shoes*"), expression);
  }

  @Test
  void shouldTurnMarkupIntoPlainWords() {
    assertEquals("+script* +alert*", TextQuery.parse("<script>alert(1)</script>").expression());
  }

  @Test
  void shouldDropShortWordsAndStopwordsWhenOthersRemain() {
    TextQuery query = TextQuery.parse("the TV stand for a room");
    assertEquals(List.of("stand", "room"), query.words());
  }

  @Test
  void shouldFallBackToNamePrefixWhenNoWordIsIndexable() {
    TextQuery query = TextQuery.parse("  TV   4k ");
    assertEquals(TextQuery.Kind.PREFIX, query.kind());
    assertEquals("TV 4k", query.namePrefix());
    assertEquals("TV 4k%", query.likePattern());
  }

  @Test
  void shouldFallBackToNamePrefixForStopwordsOnly() {
    assertEquals(TextQuery.Kind.PREFIX, TextQuery.parse("the with from").kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "+-*", "((", "' OR 1=1 --", "%_!"})
  void shouldTreatTextWithoutWordsAsLiteralNamePrefix(String text) {
    TextQuery query = TextQuery.parse(text);
    assertEquals(TextQuery.Kind.PREFIX, query.kind());
    assertEquals(text.strip(), query.namePrefix());
  }

  @Test
  void shouldEscapeLikeWildcards() {
    assertEquals("5!% of!_x!!%", TextQuery.parse("5% of_x!").likePattern());
  }

  @Test
  void shouldRejectTextLongerThanTheLimit() {
    assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("a".repeat(201)));
    assertEquals(TextQuery.Kind.FULLTEXT, TextQuery.parse("a".repeat(200)).kind());
  }

  @Test
  void shouldCapWordCountAndLength() {
    TextQuery many =
        TextQuery.parse("one1 two2 thr3 fou4 fiv5 six6 sev7 eig8 nin9 ten10 ele11 twe12");
    assertEquals(TextQuery.MAX_WORDS, many.words().size());
    assertFalse(many.words().contains("ele11"));
    assertEquals(TextQuery.MAX_WORD, TextQuery.parse("x".repeat(150)).words().get(0).length());
  }

  @Test
  void shouldKeepLettersOfAnyScriptAndDropDuplicates() {
    assertEquals(List.of("café", "größe", "niño"), TextQuery.parse("Café Größe NIÑO café").words());
  }

  @Test
  void shouldRefuseExpressionOrPatternOfTheOtherKind() {
    assertThrows(IllegalStateException.class, () -> TextQuery.parse("tv").expression());
    assertThrows(IllegalStateException.class, () -> TextQuery.parse("shoes").likePattern());
  }
}
