package com.followup.campaign.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows read one at a time from an upload, never the whole file in memory. */
interface RowSource extends Closeable {

  /** The next row, or null at the end. */
  RawRow next() throws IOException;

  /** The header's cells as sent (without a byte order mark), or null when the format has none. */
  default List<String> header() {
    return null;
  }

  /** Whether the text began with a byte order mark. */
  default boolean hadBom() {
    return false;
  }
}
