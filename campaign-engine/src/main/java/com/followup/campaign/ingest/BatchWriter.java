package com.followup.campaign.ingest;

import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.record.DealerRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch of valid rows of one upload: classifies each as new, duplicate (same content) or
 * changed (different content) against what is stored, inserts the new, keeps the replaced version
 * in history before updating, adds unseen customers, and returns what to hand off.
 */
final class BatchWriter {

  private final RecordTables tables;
  private final IdBlocks ids;
  private final String dealer;

  BatchWriter(
      Connection connection,
      TableLoader loader,
      IdBlocks ids,
      String dealer,
      long uploadId,
      Instant now) {
    this.tables = new RecordTables(connection, loader, dealer, uploadId, now);
    this.ids = ids;
    this.dealer = dealer;
  }

  /** What one batch did. */
  record Outcome(int accepted, int updated, int duplicates, List<DealerRecord> handOff) {}

  Outcome write(List<NormalizedRow> rows) throws SQLException {
    int accepted = 0;
    int updated = 0;
    int duplicates = 0;
    List<DealerRecord> handOff = new ArrayList<>();
    List<NormalizedRow> pending = rows;
    while (!pending.isEmpty()) {
      // a record id repeated within the batch is applied in file order, one round per repeat
      Map<String, NormalizedRow> round = new LinkedHashMap<>();
      List<NormalizedRow> later = new ArrayList<>();
      for (NormalizedRow row : pending) {
        if (round.putIfAbsent(row.recordId(), row) != null) {
          later.add(row);
        }
      }
      Map<String, RecordTables.Stored> stored = tables.stored(round.keySet());
      List<NormalizedRow> fresh = new ArrayList<>();
      List<NormalizedRow> changed = new ArrayList<>();
      for (NormalizedRow row : round.values()) {
        RecordTables.Stored existing = stored.get(row.recordId());
        if (existing == null) {
          fresh.add(row);
        } else if (existing.hash() == row.contentHash()) {
          duplicates++;
        } else {
          changed.add(row);
        }
      }
      handOff.addAll(insert(fresh));
      handOff.addAll(update(changed, stored));
      tables.addMissingCustomers(fresh, changed);
      accepted += fresh.size();
      updated += changed.size();
      pending = later;
    }
    return new Outcome(accepted, updated, duplicates, handOff);
  }

  private List<DealerRecord> insert(List<NormalizedRow> fresh) throws SQLException {
    if (fresh.isEmpty()) {
      return List.of();
    }
    long firstId = ids.reserve("dealer_record", fresh.size());
    List<DealerRecord> records = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      records.add(Records.toRecord(firstId + i, 1, dealer, fresh.get(i)));
    }
    tables.insertRecords(fresh, firstId);
    return records;
  }

  private List<DealerRecord> update(
      List<NormalizedRow> changed, Map<String, RecordTables.Stored> stored) throws SQLException {
    if (changed.isEmpty()) {
      return List.of();
    }
    Map<Long, NormalizedRow> byId = new HashMap<>();
    List<DealerRecord> records = new ArrayList<>(changed.size());
    for (NormalizedRow row : changed) {
      RecordTables.Stored existing = stored.get(row.recordId());
      byId.put(existing.id(), row);
      records.add(Records.toRecord(existing.id(), existing.version() + 1, dealer, row));
    }
    tables.copyToHistory(byId.keySet());
    tables.updateRecords(records, byId);
    return records;
  }
}
