package io.vitrina.platform.http;

import io.vitrina.platform.problem.PayloadTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An entity stream that fails with {@link PayloadTooLargeException} as soon as more than the limit
 * has been read, for bodies whose size no Content-Length announced (chunked transfer).
 *
 * <p>The exception is unchecked on purpose: JSON parsers wrap {@code IOException}s into their own,
 * but the problem mappers find a {@link PayloadTooLargeException} anywhere in the cause chain.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;
  private long mark = -1;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public synchronized void mark(int readLimit) {
    super.mark(readLimit);
    mark = count;
  }

  @Override
  public synchronized void reset() throws IOException {
    if (!in.markSupported()) {
      throw new IOException("mark/reset not supported");
    }
    super.reset();
    count = mark;
  }

  private void count(long n) {
    count += n;
    if (count > limit) {
      throw new PayloadTooLargeException(limit);
    }
  }
}
