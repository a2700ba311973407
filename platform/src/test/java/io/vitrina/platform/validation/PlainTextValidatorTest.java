package io.vitrina.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

  @Test
  void shouldAcceptLettersMarkupAndEmoji() {
    assertTrue(PlainTextValidator.isPlain("Ana García López"));
    assertTrue(PlainTextValidator.isPlain("<script>alert('x')</script>"));
    assertTrue(PlainTextValidator.isPlain("👩‍💻 Zoë"));
  }

  @Test
  void shouldRejectControlCharacters() {
    assertFalse(PlainTextValidator.isPlain("Eve\u0000"));
    assertFalse(PlainTextValidator.isPlain("Eve\u001b[31m"));
    assertFalse(PlainTextValidator.isPlain("line\nbreak"));
    assertFalse(PlainTextValidator.isPlain("c1\u0085"));
  }

  @Test
  void shouldRejectBidirectionalOverrides() {
    assertFalse(PlainTextValidator.isPlain("invoice\u202Efdp.exe"));
  }

  @Test
  void shouldTreatNullAsValid() {
    assertTrue(new PlainTextValidator().isValid(null, null));
  }
}
