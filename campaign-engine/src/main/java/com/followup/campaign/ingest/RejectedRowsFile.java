package com.followup.campaign.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * One upload's rejected-rows file, produced as it is read: its header, then a page of rows at a
 * time from the database, encoded in the charset the dealer sent (with a byte order mark if theirs
 * had one). Read it once.
 */
public final class RejectedRowsFile {

  private final String fileName;
  private final Charset charset;
  private final boolean bom;
  private final RejectedCsv csv;
  private final RejectedPages pages;

  RejectedRowsFile(
      String fileName, Charset charset, boolean bom, RejectedCsv csv, RejectedPages pages) {
    this.fileName = fileName;
    this.charset = charset;
    this.bom = bom;
    this.csv = csv;
    this.pages = pages;
  }

  /** A name for the download, such as {@code D1-upload-42-rejected.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The encoding of the file: the one the dealer's upload came in. */
  public Charset charset() {
    return charset;
  }

  /** The content type, such as {@code text/csv; charset=GB18030}. */
  public String contentType() {
    return "text/csv; charset=" + charset.name();
  }

  /** The file's bytes, read from the database a page at a time as the stream is read. */
  public InputStream open() {
    return new Stream();
  }

  /** Writes the whole file to {@code out} (not closed). */
  public void writeTo(OutputStream out) throws IOException {
    try (InputStream in = open()) {
      in.transferTo(out);
    }
  }

  private byte[] nextChunk(boolean first) {
    StringBuilder text = new StringBuilder();
    if (first) {
      text.append(bom ? "\uFEFF" : "").append(csv.header());
    } else {
      List<RejectedPages.Stored> page = pages.next();
      if (page.isEmpty()) {
        return null;
      }
      page.forEach(row -> text.append(csv.row(row)));
    }
    return text.toString().getBytes(charset);
  }

  /** Pulls the next chunk when the last one has been read. */
  private final class Stream extends InputStream {
    private byte[] chunk = new byte[0];
    private int at;
    private boolean started;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      while (at == chunk.length) {
        if (ended) {
          return -1;
        }
        byte[] next = nextChunk(!started);
        started = true;
        if (next == null) {
          ended = true;
          return -1;
        }
        chunk = next;
        at = 0;
      }
      int n = Math.min(length, chunk.length - at);
      System.arraycopy(chunk, at, into, offset, n);
      at += n;
      return n;
    }
  }
}
