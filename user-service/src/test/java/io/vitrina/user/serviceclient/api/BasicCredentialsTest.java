package io.vitrina.user.serviceclient.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  @Test
  void shouldReadIdAndSecret() {
    BasicCredentials credentials =
        BasicCredentials.parse(basic("order-service:s3cret-x_y.z")).get();
    assertEquals("order-service", credentials.clientId());
    assertEquals(List.of("s3cret-x_y.z"), credentials.secrets());
  }

  @Test
  void shouldAcceptTheSchemeInAnyCaseAndColonsInTheSecret() {
    String encoded = Base64.getEncoder().encodeToString("a:b:c".getBytes(StandardCharsets.UTF_8));
    BasicCredentials credentials = BasicCredentials.parse("bAsIc " + encoded).get();
    assertEquals("a", credentials.clientId());
    assertEquals(List.of("b:c"), credentials.secrets());
  }

  @Test
  void shouldOfferTheSecretAsSentAndFormDecoded() {
    // A base64 secret: a raw client sends "+", an RFC 6749 client sends "%2B".
    assertEquals(
        List.of("ab+cd/ef==", "ab cd/ef=="),
        BasicCredentials.parse(basic("order-service:ab+cd/ef==")).get().secrets());
    assertEquals(
        List.of("ab%2Bcd%2Fef%3D%3D", "ab+cd/ef=="),
        BasicCredentials.parse(basic("order-service:ab%2Bcd%2Fef%3D%3D")).get().secrets());
  }

  @Test
  void shouldRefuseWhatIsNotBasicCredentials() {
    assertEmpty(BasicCredentials.parse(null));
    assertEmpty(BasicCredentials.parse(""));
    assertEmpty(BasicCredentials.parse("Basic"));
    assertEmpty(BasicCredentials.parse("Basic "));
    assertEmpty(BasicCredentials.parse("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig"));
    assertEmpty(BasicCredentials.parse("Basic not*base64"));
    assertEmpty(BasicCredentials.parse(basic("no-colon-here")));
    assertEmpty(BasicCredentials.parse(basic(":secret-without-id")));
    assertEmpty(BasicCredentials.parse(basic("bad%zzescape:secret")));
  }

  private static void assertEmpty(Optional<BasicCredentials> credentials) {
    assertTrue(credentials.isEmpty(), () -> "parsed " + credentials);
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
