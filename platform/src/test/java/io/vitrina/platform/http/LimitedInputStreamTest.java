package io.vitrina.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.PayloadTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  @Test
  void shouldPassThroughABodyUpToTheLimit() throws IOException {
    byte[] body = new byte[100];
    try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 100)) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void shouldFailOnceABodyGoesBeyondTheLimitInBulkReads() {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
    assertThrows(PayloadTooLargeException.class, in::readAllBytes);
  }

  @Test
  void shouldFailOnceABodyGoesBeyondTheLimitByteByByte() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
    for (int i = 0; i < 10; i++) {
      assertEquals(0, in.read());
    }
    assertThrows(PayloadTooLargeException.class, in::read);
  }

  @Test
  void shouldCountSkippedBytes() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[20]), 10);
    assertEquals(5, in.skip(5));
    assertThrows(PayloadTooLargeException.class, () -> in.skip(10));
  }
}
