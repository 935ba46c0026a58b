package com.followup.campaign.ingest;

import java.io.Reader;

/** How the records arrive. */
public enum UploadFormat {
  CSV,
  JSON;

  RowSource open(Reader reader) {
    return this == CSV ? new CsvRowSource(reader) : new JsonRowSource(reader);
  }
}
