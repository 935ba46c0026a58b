package com.followup.campaign.ingest;

import java.util.List;

/**
 * One row as the dealer sent it: its physical line in the file (where it starts), its values by
 * {@link Column#ordinal()} (null where absent), and its cells as sent, kept for the rejected-rows
 * file should the row be rejected.
 *
 * @param names the cells' names for a JSON object; null for CSV, whose names are the header's
 * @param cells every cell in the order sent, unknown columns included
 * @param problem why the row could not be read as a record at all (wrong field count, not an
 *     object), or null
 */
record RawRow(long line, String[] values, List<String> names, List<String> cells, String problem) {

  String get(Column column) {
    return values[column.ordinal()];
  }
}
