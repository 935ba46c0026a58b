package com.followup.campaign.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Rows read one at a time from an upload, never the whole file in memory. */
interface RowSource extends Closeable {

  /** The next row, or null at the end. */
  RawRow next() throws IOException;
}
