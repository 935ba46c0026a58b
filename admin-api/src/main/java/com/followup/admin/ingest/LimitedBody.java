package com.followup.admin.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload body that stops at {@link UploadLimit}: a body sent without a length (chunked) is
 * counted as it is read, and reading past the limit fails, so the rest is never read and the
 * upload's transaction rolls back.
 */
final class LimitedBody extends FilterInputStream {

  private final long limit;
  private long read;
  private boolean exceeded;

  LimitedBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
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

  private void count(long n) throws IOException {
    read += n;
    if (read > limit) {
      exceeded = true;
      throw new IOException("upload larger than " + limit + " bytes");
    }
  }
}
