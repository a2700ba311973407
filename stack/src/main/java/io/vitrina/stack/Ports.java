package io.vitrina.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses TCP ports at run time. Ports handed out are remembered for the life of the JVM because
 * several servers get their ports before any of them binds, and parallel module builds share one
 * JVM: the operating system alone would hand the same ephemeral port out twice.
 */
final class Ports {
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  /** Linux's default ephemeral range, and below every other system's. */
  static final int[] DEFAULT_EPHEMERAL = {32768, 60999};

  /** The lowest port {@link #rebindable} hands out. */
  static final int REBINDABLE_LOW = 10_000;

  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  private Ports() {}

  /** A port nothing listens on now and that this JVM has not handed out before. */
  static int free() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(0));
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open any local port", e);
      }
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("No free local port found in 50 attempts");
  }

  /**
   * A free port below the system's ephemeral range, for a listener that is closed and bound again
   * later (a fault proxy, the broker the fault tests restart). A port of the ephemeral range, once
   * closed, may become the local end of any outgoing connection in the meantime, and then cannot be
   * bound again until that connection closes.
   */
  static int rebindable() {
    int high = ephemeralRange()[0] - 1;
    if (high - REBINDABLE_LOW < 1_000) {
      return free();
    }
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(REBINDABLE_LOW, high + 1);
      if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    return free();
  }

  /** The kernel's ephemeral range, or {@link #DEFAULT_EPHEMERAL} where it cannot be read. */
  static int[] ephemeralRange() {
    try {
      return parseRange(Files.readString(EPHEMERAL_RANGE));
    } catch (IOException | RuntimeException unreadable) {
      return DEFAULT_EPHEMERAL.clone();
    }
  }

  /** "32768\t60999" as {32768, 60999}; the default for anything else. */
  static int[] parseRange(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length == 2) {
      try {
        int low = Integer.parseInt(parts[0]);
        int high = Integer.parseInt(parts[1]);
        if (0 < low && low <= high && high <= 65535) {
          return new int[] {low, high};
        }
      } catch (NumberFormatException notANumber) {
        // the default below
      }
    }
    return DEFAULT_EPHEMERAL.clone();
  }

  /** The preferred port when it is free (and not already handed out), otherwise a free one. */
  static int preferredOrFree(int preferred) {
    if (preferred > 0 && preferred <= 65535 && isFree(preferred) && HANDED_OUT.add(preferred)) {
      return preferred;
    }
    return free();
  }

  /**
   * Binds the wildcard address, not loopback: a server listening on any single interface makes the
   * wildcard bind fail, so a port reported free is free for Liberty's {@code host="*"} too.
   */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
