package io.vitrina.support.ticket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

  @Test
  void shouldTakeTheVersionFromIfMatchOrTheBody() {
    assertEquals(3, ExpectedVersion.of("\"3\"", null));
    assertEquals(4, ExpectedVersion.of(null, 4L));
    assertEquals(5, ExpectedVersion.of("\"5\"", 5L));
  }

  @Test
  void shouldRequireAVersion() {
    ProblemException missing =
        assertThrows(ProblemException.class, () -> ExpectedVersion.of(null, null));
    assertEquals(428, missing.status());
  }

  @Test
  void shouldRefuseMalformedOrDisagreeingVersions() {
    assertThrows(InvalidInputException.class, () -> ExpectedVersion.of("3", null));
    assertThrows(InvalidInputException.class, () -> ExpectedVersion.of("*", null));
    assertThrows(InvalidInputException.class, () -> ExpectedVersion.of("\"3\"", 4L));
  }
}
