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

/** A dealer's record with its full change history. */
@Singleton
public class RecordHistory {

  private static final String CONTENT =
      "version, record_type, event_time, customer_name, phone, product, serial_number, parts,"
          + " timezone, timezone_source, upload_id, received_at, consent";

  private final TransactionOperations<Connection> transactions;

  RecordHistory(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public Optional<RecordVersions> find(String dealer, String recordId) {
    return transactions.executeRead(
        status -> {
          Connection c = status.getConnection();
          List<Long> id = new ArrayList<>();
          List<RecordVersions.Version> current =
              versions(
                  c,
                  "SELECT id, "
                      + CONTENT
                      + " FROM dealer_record WHERE dealer_code = ? AND record_id = ?",
                  id,
                  dealer,
                  recordId);
          if (current.isEmpty()) {
            return Optional.empty();
          }
          List<RecordVersions.Version> history =
              versions(
                  c,
                  "SELECT record_pk, "
                      + CONTENT
                      + " FROM dealer_record_history WHERE record_pk = ? ORDER BY version DESC",
                  new ArrayList<>(),
                  id.get(0));
          return Optional.of(new RecordVersions(dealer, recordId, current.get(0), history));
        });
  }

  private static Boolean consent(Object stored) {
    return stored == null
        ? null
        : stored instanceof Boolean b ? b : ((Number) stored).intValue() != 0;
  }

  private static List<RecordVersions.Version> versions(
      Connection c, String sql, List<Long> ids, Object... parameters) throws SQLException {
    List<RecordVersions.Version> versions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
          versions.add(
              new RecordVersions.Version(
                  r.getInt(2),
                  r.getString(3),
                  SqlValues.instant(r, 4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11),
                  Long.toString(r.getLong(12)),
                  SqlValues.instant(r, 13),
                  consent(r.getObject(14))));
        }
      }
    }
    return versions;
  }
}
