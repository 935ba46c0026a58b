package com.followup.campaign.ingest;

import com.followup.campaign.bulk.TableLoader;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.record.DealerRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one prepared batch of one upload: inserts the rows whose record id is new; only when some
 * were already stored does it read them back, to tell duplicates (same content) from changes, whose
 * replaced version goes to history before the update. Customers are added by phone, skipping those
 * already known.
 */
final class BatchWriter {

  private final Connection connection;
  private final TableLoader loader;
  private final RecordTables tables;
  private final BatchPreparer preparer;
  private final IdBlocks ids;
  private final String dealer;

  BatchWriter(
      Connection connection,
      TableLoader loader,
      BatchPreparer preparer,
      IdBlocks ids,
      RecordTables tables,
      String dealer) {
    this.connection = connection;
    this.loader = loader;
    this.tables = tables;
    this.preparer = preparer;
    this.ids = ids;
    this.dealer = dealer;
  }

  /** What one batch did. */
  record Outcome(int accepted, int updated, int duplicates, List<DealerRecord> handOff) {
    Outcome plus(Outcome other) {
      List<DealerRecord> all = new ArrayList<>(handOff);
      all.addAll(other.handOff);
      return new Outcome(
          accepted + other.accepted, updated + other.updated, duplicates + other.duplicates, all);
    }
  }

  Outcome write(BatchPreparer.Prepared batch) throws SQLException {
    Outcome total = writeRound(batch.first(), batch.firstId(), batch.records(), batch.candidates());
    List<NormalizedRow> pending = batch.repeats();
    while (!pending.isEmpty()) {
      // a record id repeated within the batch is applied in file order, one round per repeat
      Map<String, NormalizedRow> round = new LinkedHashMap<>();
      List<NormalizedRow> later = new ArrayList<>();
      for (NormalizedRow row : pending) {
        if (round.putIfAbsent(row.recordId(), row) != null) {
          later.add(row);
        }
      }
      List<NormalizedRow> rows = new ArrayList<>(round.values());
      long firstId = ids.reserve("dealer_record", rows.size());
      total =
          total.plus(
              writeRound(
                  rows, firstId, preparer.encodeRecords(rows, firstId), records(rows, firstId)));
      pending = later;
    }
    loader.insertNew(connection, "customer", RecordTables.CUSTOMER_COLUMNS, batch.customers());
    return total;
  }

  /** Inserts the rows (ids from firstId); {@code asNew} are the records if all are new. */
  private Outcome writeRound(
      List<NormalizedRow> rows, long firstId, TableLoader.Encoded encoded, List<DealerRecord> asNew)
      throws SQLException {
    int inserted =
        loader.insertNew(connection, "dealer_record", RecordTables.RECORD_COLUMNS, encoded);
    if (inserted == rows.size()) {
      return new Outcome(rows.size(), 0, 0, asNew);
    }
    return classify(rows, firstId);
  }

  private List<DealerRecord> records(List<NormalizedRow> rows, long firstId) {
    List<DealerRecord> records = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      records.add(Records.toRecord(firstId + i, 1, dealer, rows.get(i)));
    }
    return records;
  }

  private Outcome classify(List<NormalizedRow> rows, long firstId) throws SQLException {
    Map<String, RecordTables.Stored> stored =
        tables.stored(rows.stream().map(NormalizedRow::recordId).toList());
    List<DealerRecord> handOff = new ArrayList<>();
    Map<Long, NormalizedRow> changed = new HashMap<>();
    List<DealerRecord> changedRecords = new ArrayList<>();
    int accepted = 0;
    int duplicates = 0;
    for (int i = 0; i < rows.size(); i++) {
      NormalizedRow row = rows.get(i);
      RecordTables.Stored before = stored.get(row.recordId());
      if (before == null) {
        throw new SQLException("record " + row.recordId() + " was neither inserted nor found");
      } else if (before.id() == firstId + i) {
        handOff.add(Records.toRecord(before.id(), 1, dealer, row));
        accepted++;
      } else if (before.hash() == row.contentHash()) {
        duplicates++;
      } else {
        changed.put(before.id(), row);
        changedRecords.add(Records.toRecord(before.id(), before.version() + 1, dealer, row));
      }
    }
    if (!changed.isEmpty()) {
      tables.copyToHistory(changed.keySet());
      tables.updateRecords(changedRecords, changed);
      handOff.addAll(changedRecords);
    }
    return new Outcome(accepted, changed.size(), duplicates, handOff);
  }
}
