package com.followup.campaign.ingest;

import com.followup.campaign.bulk.TableLoader;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.record.DealerRecord;
import com.followup.campaign.record.RecordHandOff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readies a batch on a validation worker: reserves the record ids, encodes the bulk rows and
 * readies the hand-offs of the records as new, so the writer mostly ships bytes while the workers
 * go on.
 */
final class BatchPreparer {

  /**
   * A batch ready to write: the first occurrence of each record id (ids from {@code firstId},
   * encoded, and as the records handed off if all are new, with their hand-offs readied), later
   * occurrences in the same batch, and one customer row per phone.
   */
  record Prepared(
      List<NormalizedRow> first,
      List<NormalizedRow> repeats,
      long firstId,
      TableLoader.Encoded records,
      TableLoader.Encoded customers,
      List<DealerRecord> candidates,
      List<RecordHandOff.Prepared> handOffs) {}

  private final TableLoader loader;
  private final IdBlocks ids;
  private final String dealer;
  private final long uploadId;
  private final Instant now;
  private final List<RecordHandOff> handOffs;

  BatchPreparer(
      TableLoader loader,
      IdBlocks ids,
      String dealer,
      long uploadId,
      Instant now,
      List<RecordHandOff> handOffs) {
    this.handOffs = handOffs;
    this.loader = loader;
    this.ids = ids;
    this.dealer = dealer;
    this.uploadId = uploadId;
    this.now = now;
  }

  Prepared prepare(List<NormalizedRow> rows) {
    Map<String, NormalizedRow> first = new LinkedHashMap<>();
    List<NormalizedRow> repeats = new ArrayList<>();
    for (NormalizedRow row : rows) {
      if (first.putIfAbsent(row.recordId(), row) != null) {
        repeats.add(row);
      }
    }
    List<NormalizedRow> firstRows = new ArrayList<>(first.values());
    long firstId = firstRows.isEmpty() ? 0 : ids.reserve("dealer_record", firstRows.size());
    List<DealerRecord> candidates = new ArrayList<>(firstRows.size());
    for (int i = 0; i < firstRows.size(); i++) {
      candidates.add(Records.toRecord(firstId + i, 1, dealer, firstRows.get(i)));
    }
    return new Prepared(
        firstRows,
        repeats,
        firstId,
        encodeRecords(firstRows, firstId),
        encodeCustomers(rows),
        candidates,
        prepareHandOffs(candidates));
  }

  private List<RecordHandOff.Prepared> prepareHandOffs(List<DealerRecord> candidates) {
    List<RecordHandOff.Prepared> prepared = new ArrayList<>(handOffs.size());
    for (RecordHandOff handOff : handOffs) {
      prepared.add(candidates.isEmpty() ? handOff::handOff : handOff.prepare(candidates));
    }
    return prepared;
  }

  TableLoader.Encoded encodeRecords(List<NormalizedRow> rows, long firstId) {
    List<Object[]> values = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      values.add(RecordTables.recordValues(rows.get(i), firstId + i, dealer, uploadId, now));
    }
    return loader.encode(values);
  }

  /** One row per phone, in key order: sorted inserts touch fewer index pages. */
  private TableLoader.Encoded encodeCustomers(List<NormalizedRow> rows) {
    Map<String, NormalizedRow> byPhone = new HashMap<>(rows.size() * 2);
    rows.forEach(row -> byPhone.putIfAbsent(row.phone(), row));
    List<NormalizedRow> customers = new ArrayList<>(byPhone.values());
    customers.sort(Comparator.comparing(NormalizedRow::phone));
    List<Object[]> values = new ArrayList<>(customers.size());
    customers.forEach(row -> values.add(RecordTables.customerValues(row, dealer, now)));
    return loader.encode(values);
  }
}
