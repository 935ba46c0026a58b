package com.followup.dialer.recording;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * One byte range of an HTTP {@code Range} header over a body of {@code total} bytes: {@code
 * bytes=0-99}, {@code bytes=100-} or {@code bytes=-500}. A header naming several ranges, another
 * unit or nothing readable is ignored (the whole body is served), as RFC 9110 allows.
 *
 * @param first the first byte served
 * @param last the last byte served (inclusive)
 */
record ByteRange(long first, long last, long total) {

  /** The range asked for, empty for the whole body; unsatisfiable when it lies past the end. */
  static Optional<ByteRange> of(@Nullable String header, long total) {
    if (header == null || !header.trim().startsWith("bytes=") || header.contains(",")) {
      return Optional.empty();
    }
    String spec = header.trim().substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    try {
      String from = spec.substring(0, dash).trim();
      String to = spec.substring(dash + 1).trim();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        return Optional.of(
            suffix <= 0 || total == 0
                ? unsatisfiable(total)
                : new ByteRange(Math.max(0, total - suffix), total - 1, total));
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? total - 1 : Math.min(Long.parseLong(to), total - 1);
      if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
        return Optional.empty();
      }
      return Optional.of(first >= total ? unsatisfiable(total) : new ByteRange(first, last, total));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ByteRange unsatisfiable(long total) {
    return new ByteRange(-1, -1, total);
  }

  boolean satisfiable() {
    return first >= 0;
  }

  long length() {
    return satisfiable() ? last - first + 1 : 0;
  }

  String contentRange() {
    return satisfiable() ? "bytes " + first + "-" + last + "/" + total : "bytes */" + total;
  }
}
