package com.followup.campaign.ingest;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads back what uploads did: their summaries and every rejected-row error, page by page. */
@Singleton
public class UploadLog {

  private static final String SUMMARY =
      "SELECT id, dealer_code, format, uploaded_by, started_at, finished_at, received, accepted,"
          + " updated, duplicates, rejected, error_count FROM record_upload";

  private final TransactionOperations<Connection> transactions;
  private final IngestSettings settings;

  UploadLog(TransactionOperations<Connection> transactions, IngestSettings settings) {
    this.transactions = transactions;
    this.settings = settings;
  }

  /** An upload of this dealer, with its first errors; empty when unknown or another dealer's. */
  public Optional<UploadSummary> find(String dealer, String uploadId) {
    Optional<Long> id = parse(uploadId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return transactions.executeRead(
        status -> {
          List<UploadSummary> found =
              summaries(
                  status.getConnection(), " WHERE id = ? AND dealer_code = ?", id.get(), dealer);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          UploadSummary s = found.get(0);
          List<RowError> errors =
              errors(status.getConnection(), id.get(), 0, settings.errorsInSummary());
          return Optional.of(
              new UploadSummary(
                  s.uploadId(),
                  s.dealerCode(),
                  s.format(),
                  s.uploadedBy(),
                  s.startedAt(),
                  s.finishedAt(),
                  s.received(),
                  s.accepted(),
                  s.updated(),
                  s.duplicates(),
                  s.rejected(),
                  s.errorCount(),
                  errors));
        });
  }

  /** The dealer's latest uploads, newest first, without their errors. */
  public List<UploadSummary> recent(String dealer, int limit) {
    return transactions.executeRead(
        status ->
            summaries(
                status.getConnection(),
                " WHERE dealer_code = ? ORDER BY started_at DESC, id DESC LIMIT "
                    + Math.max(1, Math.min(limit, 500)),
                dealer));
  }

  /** A page of an upload's errors in file order; empty when unknown or another dealer's. */
  public List<RowError> errors(String dealer, String uploadId, int offset, int limit) {
    Optional<Long> id = parse(uploadId);
    if (id.isEmpty()) {
      return List.of();
    }
    return transactions.executeRead(
        status -> {
          Connection c = status.getConnection();
          if (summaries(c, " WHERE id = ? AND dealer_code = ?", id.get(), dealer).isEmpty()) {
            return List.of();
          }
          return errors(c, id.get(), Math.max(0, offset), Math.max(1, Math.min(limit, 10_000)));
        });
  }

  private static List<UploadSummary> summaries(Connection c, String where, Object... parameters)
      throws SQLException {
    List<UploadSummary> found = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(SUMMARY + where)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          found.add(
              new UploadSummary(
                  Long.toString(r.getLong(1)),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  SqlValues.instant(r, 5),
                  SqlValues.instant(r, 6),
                  r.getInt(7),
                  r.getInt(8),
                  r.getInt(9),
                  r.getInt(10),
                  r.getInt(11),
                  r.getInt(12),
                  List.of()));
        }
      }
    }
    return found;
  }

  private static List<RowError> errors(Connection c, long uploadId, int offset, int limit)
      throws SQLException {
    List<RowError> errors = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT line, column_name, message FROM record_upload_error WHERE upload_id = ?"
                + " ORDER BY seq LIMIT ? OFFSET ?")) {
      select.setLong(1, uploadId);
      select.setInt(2, limit);
      select.setInt(3, offset);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          errors.add(new RowError(r.getLong(1), r.getString(2), r.getString(3)));
        }
      }
    }
    return errors;
  }

  private static Optional<Long> parse(String uploadId) {
    try {
      return Optional.of(Long.parseLong(uploadId));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
