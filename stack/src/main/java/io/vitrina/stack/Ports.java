package io.vitrina.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses TCP ports at run time. Ports handed out are remembered for the life of the JVM because
 * several servers get their ports before any of them binds, and parallel module builds share one
 * JVM: the operating system alone would hand the same ephemeral port out twice.
 */
final class Ports {
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

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
