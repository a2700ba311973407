package io.vitrina.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of one dependency (the broker, a service) that the fault tests can take down
 * and bring back, so they can prove what happens when it goes away in the middle of a flow.
 *
 * <p>Down means what a stopped process means to its clients: every open connection is cut and the
 * port refuses new ones (the listening socket is closed). Up binds the same port again. Bytes are
 * copied as they are, so the proxy works for any protocol.
 */
final class FaultProxy {
  private final String name;
  private final int port;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private ServerSocket listener;

  private static final Duration BIND_PATIENCE = Duration.ofSeconds(10);

  FaultProxy(String name, int port, InetSocketAddress target) {
    this.name = name;
    this.port = port;
    this.target = target;
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  InetSocketAddress target() {
    return target;
  }

  synchronized boolean isUp() {
    return listener != null && !listener.isClosed();
  }

  /** Listens (again) on the proxy's port; nothing happens when it already does. */
  synchronized void up() throws IOException {
    if (isUp()) {
      return;
    }
    ServerSocket socket = bind();
    listener = socket;
    Thread acceptor = new Thread(() -> accept(socket), "fault-proxy-" + name);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Cuts every connection and refuses new ones until {@link #up}. */
  /**
   * Binds the port again, retrying for a few seconds: the port is below the ephemeral range (see
   * {@link Ports#rebindable}), but whatever else briefly holds it gets the time to let it go.
   */
  private ServerSocket bind() throws IOException {
    long deadline = System.nanoTime() + BIND_PATIENCE.toNanos();
    while (true) {
      ServerSocket socket = new ServerSocket();
      try {
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(EmbeddedBroker.HOST, port));
        return socket;
      } catch (BindException taken) {
        socket.close();
        if (System.nanoTime() > deadline) {
          throw taken;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw taken;
        }
      }
    }
  }

  synchronized void down() {
    if (listener != null) {
      closeQuietly(listener);
      listener = null;
    }
    open.forEach(FaultProxy::closeQuietly);
    open.clear();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException closed) {
        return;
      }
      Socket upstream = new Socket();
      try {
        upstream.connect(target, 5_000);
      } catch (IOException unreachable) {
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      open.add(client);
      open.add(upstream);
      pump(client, upstream, "up");
      pump(upstream, client, "down");
    }
  }

  private void pump(Socket from, Socket to, String direction) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (SocketException closed) {
                // One side went away, or the proxy was taken down: the other side follows.
              } catch (IOException e) {
                // The same: a broken copy ends the connection.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "fault-proxy-" + name + "-" + direction);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // Closing is all that is wanted; a socket that will not close is gone for our purposes.
    }
  }
}
