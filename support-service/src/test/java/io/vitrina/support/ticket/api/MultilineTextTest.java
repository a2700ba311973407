package io.vitrina.support.ticket.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultilineTextTest {

  @Test
  void shouldAllowLineBreaksTabsAndMarkup() {
    assertTrue(
        MultilineText.Validator.isMultilineText("Hello,\r\n\tit broke.\n<script>x</script>"));
  }

  @Test
  void shouldRefuseOtherControlsAndBidiOverrides() {
    assertFalse(MultilineText.Validator.isMultilineText("bell\u0007"));
    assertFalse(MultilineText.Validator.isMultilineText("null\u0000"));
    assertFalse(MultilineText.Validator.isMultilineText("evil\u202Etxt.exe"));
    assertFalse(MultilineText.Validator.isMultilineText("isolate\u2066x"));
  }
}
