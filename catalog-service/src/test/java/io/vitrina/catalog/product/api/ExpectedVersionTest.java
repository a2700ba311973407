package io.vitrina.catalog.product.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

  @Test
  void shouldTakeVersionFromIfMatchOrBody() {
    assertEquals(3, ProductsResource.expectedVersion("\"3\"", null));
    assertEquals(4, ProductsResource.expectedVersion(null, 4L));
    assertEquals(5, ProductsResource.expectedVersion(" \"5\" ", 5L));
  }

  @Test
  void shouldRejectMalformedIfMatch() {
    assertThrows(InvalidInputException.class, () -> ProductsResource.expectedVersion("3", null));
    assertThrows(
        InvalidInputException.class, () -> ProductsResource.expectedVersion("W/\"3\"", null));
    assertThrows(InvalidInputException.class, () -> ProductsResource.expectedVersion("*", null));
  }

  @Test
  void shouldRejectDisagreeingVersions() {
    assertThrows(InvalidInputException.class, () -> ProductsResource.expectedVersion("\"3\"", 4L));
  }

  @Test
  void shouldRequireAVersion() {
    ProblemException missing =
        assertThrows(ProblemException.class, () -> ProductsResource.expectedVersion(null, null));
    assertEquals(428, missing.status());
  }
}
