package com.followup.campaign.ingest;

/**
 * One row as the dealer sent it: its physical line in the file (where it starts) and its values by
 * {@link Column#ordinal()}, null where absent.
 */
record RawRow(long line, String[] values) {

  String get(Column column) {
    return values[column.ordinal()];
  }
}
