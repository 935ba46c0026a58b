package com.followup.campaign.ingest;

import com.followup.campaign.bulk.BatchInsertLoader;
import com.followup.campaign.record.DealerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SQL of one upload against dealer_record, its history and customer, for one dealer. */
final class RecordTables {

  static final List<String> RECORD_COLUMNS =
      List.of(
          "id",
          "dealer_code",
          "record_id",
          "record_type",
          "event_time",
          "customer_name",
          "phone",
          "product",
          "serial_number",
          "parts",
          "timezone",
          "timezone_source",
          "consent",
          "content_hash",
          "version",
          "upload_id",
          "received_at");
  static final List<String> CUSTOMER_COLUMNS =
      List.of("dealer_code", "phone", "name", "timezone", "timezone_source", "created_at");
  private static final String CONTENT =
      "record_type, event_time, customer_name, phone, product, serial_number, parts, timezone,"
          + " timezone_source, consent";

  /** What is stored for a record id. */
  record Stored(long id, long hash, int version) {}

  private final Connection connection;
  private final String dealer;
  private final long uploadId;
  private final Instant now;

  RecordTables(Connection connection, String dealer, long uploadId, Instant now) {
    this.connection = connection;
    this.dealer = dealer;
    this.uploadId = uploadId;
    this.now = now;
  }

  Map<String, Stored> stored(Collection<String> recordIds) throws SQLException {
    Map<String, Stored> stored = new HashMap<>();
    String sql =
        "SELECT record_id, id, content_hash, version FROM dealer_record WHERE dealer_code = ?"
            + " AND record_id IN ("
            + placeholders(recordIds.size())
            + ")";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, dealer);
      bind(select, 2, recordIds);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stored.put(
              rows.getString(1), new Stored(rows.getLong(2), rows.getLong(3), rows.getInt(4)));
        }
      }
    }
    return stored;
  }

  static Object[] recordValues(
      NormalizedRow r, long id, String dealer, long uploadId, Instant now) {
    return new Object[] {
      id,
      dealer,
      r.recordId(),
      r.type().name(),
      r.eventTime(),
      r.customerName(),
      r.phone(),
      r.product(),
      r.serialNumber(),
      r.parts(),
      r.zone().getId(),
      r.zoneSource().name(),
      r.consentFlag(),
      r.contentHash(),
      1,
      uploadId,
      now
    };
  }

  static Object[] customerValues(NormalizedRow r, String dealer, Instant now) {
    return new Object[] {
      dealer, r.phone(), r.customerName(), r.zone().getId(), r.zoneSource().name(), now
    };
  }

  /** Keeps the versions about to be replaced, as they are, before they change. */
  void copyToHistory(Set<Long> ids) throws SQLException {
    String sql =
        "INSERT INTO dealer_record_history (record_pk, version, "
            + CONTENT
            + ", upload_id, received_at, replaced_by_upload) SELECT id, version, "
            + CONTENT
            + ", upload_id, received_at, ? FROM dealer_record WHERE id IN ("
            + placeholders(ids.size())
            + ")";
    try (PreparedStatement copy = connection.prepareStatement(sql)) {
      copy.setLong(1, uploadId);
      bind(copy, 2, ids);
      copy.executeUpdate();
    }
  }

  void updateRecords(List<DealerRecord> records, Map<Long, NormalizedRow> rowsById)
      throws SQLException {
    String sql =
        "UPDATE dealer_record SET record_type = ?, event_time = ?, customer_name = ?, phone = ?,"
            + " product = ?, serial_number = ?, parts = ?, timezone = ?, timezone_source = ?,"
            + " consent = ?, content_hash = ?, version = ?, upload_id = ?, received_at = ? WHERE id = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (DealerRecord record : records) {
        NormalizedRow r = rowsById.get(record.id());
        Object[] values = {
          r.type().name(),
          r.eventTime(),
          r.customerName(),
          r.phone(),
          r.product(),
          r.serialNumber(),
          r.parts(),
          r.zone().getId(),
          r.zoneSource().name(),
          r.consentFlag(),
          r.contentHash(),
          record.version(),
          uploadId,
          now,
          record.id()
        };
        for (int i = 0; i < values.length; i++) {
          BatchInsertLoader.bind(update, i + 1, values[i]);
        }
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static void bind(PreparedStatement statement, int from, Collection<?> values)
      throws SQLException {
    int index = from;
    for (Object value : values) {
      statement.setObject(index++, value);
    }
  }
}
