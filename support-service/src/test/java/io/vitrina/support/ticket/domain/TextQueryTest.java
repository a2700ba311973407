package io.vitrina.support.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQueryTest {

  @Test
  void shouldRequireEveryWordAsAPrefix() {
    assertEquals("+broken* +blender*", TextQuery.parse("Broken blender").expression());
  }

  @Test
  void shouldNeverPassBooleanModeOperators() {
    assertEquals("+refund* +now*", TextQuery.parse("\"refund\" -now* (@<>~+)").expression());
  }

  @Test
  void shouldDropWordsTheIndexCannotHold() {
    assertTrue(TextQuery.parse("is it the tv").matchesNothing());
    assertNull(TextQuery.parse("  "));
  }

  @Test
  void shouldRefuseOverlongText() {
    assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("a".repeat(201)));
  }
}
