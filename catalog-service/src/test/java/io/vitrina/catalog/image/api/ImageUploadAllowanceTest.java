package io.vitrina.catalog.image.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.vitrina.catalog.image.domain.ImageSettings;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ImageUploadAllowanceTest {

  private static final String PRODUCT = "0f8e5c2a-1b3d-4e5f-8a9b-0c1d2e3f4a5b";

  private final ImageUploadAllowance allowance = new ImageUploadAllowance();

  ImageUploadAllowanceTest() {
    allowance.settings = mock(ImageSettings.class);
    when(allowance.settings.maxBytes()).thenReturn(5_242_880L);
  }

  @Test
  void shouldAllowTheLargestImagePlusItsEnvelopeOnUploadsOnly() {
    assertEquals(
        OptionalLong.of(5_242_880L + ImageUploadAllowance.ENVELOPE_BYTES),
        allowance.maxBodyBytes("POST", "products/" + PRODUCT + "/images"));
  }

  @Test
  void shouldNotCoverAnyOtherRequest() {
    for (String[] request :
        new String[][] {
          {"PUT", "products/" + PRODUCT + "/images/order"},
          {"POST", "products"},
          {"POST", "products/" + PRODUCT + "/inventory/adjustments"},
          {"POST", "products/" + PRODUCT + "/images/extra"},
          {"POST", "products/not-an-id/images"},
          {"POST", "products/" + PRODUCT + "/images/../../reservations"}
        }) {
      assertEquals(OptionalLong.empty(), allowance.maxBodyBytes(request[0], request[1]));
    }
  }
}
