package com.followup.campaign.ingest;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an upload's rejected rows in file order, a page at a time, each page a short read of its
 * own (keyed on the row's sequence number), so no connection is held while the client downloads.
 */
final class RejectedPages {

  static final int PAGE = 1000;

  /** One stored rejected row. */
  record Stored(long line, String cells, String rawText, String errors) {}

  private final TransactionOperations<Connection> transactions;
  private final long uploadId;
  private int after = -1;

  RejectedPages(TransactionOperations<Connection> transactions, long uploadId) {
    this.transactions = transactions;
    this.uploadId = uploadId;
  }

  /** The next page of rows; empty at the end. */
  List<Stored> next() {
    return transactions.executeRead(
        status -> {
          List<Stored> page = new ArrayList<>(PAGE);
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT seq, line, cells, raw_text, errors FROM record_upload_rejected"
                          + " WHERE upload_id = ? AND seq > ? ORDER BY seq LIMIT "
                          + PAGE)) {
            select.setLong(1, uploadId);
            select.setInt(2, after);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                after = r.getInt(1);
                page.add(new Stored(r.getLong(2), r.getString(3), r.getString(4), r.getString(5)));
              }
            }
          }
          return page;
        });
  }
}
