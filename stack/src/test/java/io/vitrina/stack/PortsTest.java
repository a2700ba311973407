package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void shouldHandOutAPortThatCanBeBound() throws IOException {
    int port = Ports.free();

    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      assertEquals(port, socket.getLocalPort());
    }
  }

  @Test
  void shouldNeverHandOutTheSamePortTwice() {
    assertNotEquals(Ports.free(), Ports.free());
  }

  @Test
  void shouldReportAListeningPortAsTaken() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      assertFalse(Ports.isFree(socket.getLocalPort()));
    }
  }

  @Test
  void shouldFallBackToAnotherPortWhenThePreferredOneIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = Ports.preferredOrFree(taken.getLocalPort());

      assertNotEquals(taken.getLocalPort(), port);
      assertTrue(Ports.isFree(port));
    }
  }

  @Test
  void shouldUseThePreferredPortWhenItIsFree() throws IOException {
    int preferred;
    try (ServerSocket probe = new ServerSocket(0)) {
      preferred = probe.getLocalPort();
    }

    assertEquals(preferred, Ports.preferredOrFree(preferred));
  }

  @Test
  void shouldNotHandOutAPreferredPortTwice() throws IOException {
    int preferred;
    try (ServerSocket probe = new ServerSocket(0)) {
      preferred = probe.getLocalPort();
    }

    assertEquals(preferred, Ports.preferredOrFree(preferred));
    assertNotEquals(preferred, Ports.preferredOrFree(preferred));
  }

  @Test
  void shouldHandOutARebindablePortBelowTheEphemeralRange() throws IOException {
    int port = Ports.rebindable();

    assertTrue(port >= Ports.REBINDABLE_LOW, "port " + port);
    assertTrue(port < Ports.ephemeralRange()[0], "port " + port);
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      assertEquals(port, socket.getLocalPort());
    }
    assertNotEquals(port, Ports.rebindable());
  }

  @Test
  void shouldReadTheEphemeralRangeAsTheKernelWritesIt() {
    assertArrayEquals(new int[] {32768, 60999}, Ports.parseRange("32768\t60999\n"));
    assertArrayEquals(new int[] {40000, 50000}, Ports.parseRange("40000 50000"));
  }

  @Test
  void shouldTakeTheDefaultRangeForWhatItCannotRead() {
    assertArrayEquals(Ports.DEFAULT_EPHEMERAL, Ports.parseRange(""));
    assertArrayEquals(Ports.DEFAULT_EPHEMERAL, Ports.parseRange("a b"));
    assertArrayEquals(Ports.DEFAULT_EPHEMERAL, Ports.parseRange("50000 40000"));
    assertArrayEquals(Ports.DEFAULT_EPHEMERAL, Ports.parseRange("1 2 3"));
  }
}
