package io.vitrina.platform.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An output stream that hands its bytes on in chunks of a fixed size, so that content of any length
 * is stored piece by piece and never held whole in memory. {@link #close()} hands on the last,
 * shorter chunk.
 */
public final class ChunkedOutput extends OutputStream {

  /** Where the chunks go, in order from 0. */
  @FunctionalInterface
  public interface Sink {
    void store(int seq, byte[] data) throws IOException;
  }

  private final Sink sink;
  private final byte[] buffer;
  private int filled;
  private int chunks;
  private long bytes;
  private boolean closed;

  public ChunkedOutput(int chunkSize, Sink sink) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunks must hold at least one byte");
    }
    this.buffer = new byte[chunkSize];
    this.sink = sink;
  }

  @Override
  public void write(int b) throws IOException {
    requireOpen();
    buffer[filled++] = (byte) b;
    bytes++;
    if (filled == buffer.length) {
      emit();
    }
  }

  @Override
  public void write(byte[] data, int offset, int length) throws IOException {
    requireOpen();
    int from = offset;
    int left = length;
    while (left > 0) {
      int step = Math.min(left, buffer.length - filled);
      System.arraycopy(data, from, buffer, filled, step);
      filled += step;
      from += step;
      left -= step;
      bytes += step;
      if (filled == buffer.length) {
        emit();
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      if (filled > 0) {
        emit();
      }
      closed = true;
    }
  }

  private void emit() throws IOException {
    sink.store(chunks++, Arrays.copyOf(buffer, filled));
    filled = 0;
  }

  private void requireOpen() throws IOException {
    if (closed) {
      throw new IOException("closed");
    }
  }

  /** How many chunks were handed on. */
  public int chunks() {
    return chunks;
  }

  /** How many bytes were written. */
  public long bytes() {
    return bytes;
  }
}
