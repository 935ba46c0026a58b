package com.followup.campaign.ingest;

import com.followup.campaign.bulk.TableLoader;
import com.followup.campaign.ids.IdBlocks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readies a batch on the parser's thread: reserves the record ids and encodes the bulk rows, so the
 * writer only ships bytes while the parser reads on.
 */
final class BatchPreparer {

  /**
   * A batch ready to write: the first occurrence of each record id (ids from {@code firstId},
   * encoded), later occurrences in the same batch, and one customer row per phone.
   */
  record Prepared(
      List<NormalizedRow> first,
      List<NormalizedRow> repeats,
      long firstId,
      TableLoader.Encoded records,
      TableLoader.Encoded customers) {}

  private final TableLoader loader;
  private final IdBlocks ids;
  private final String dealer;
  private final long uploadId;
  private final Instant now;

  BatchPreparer(TableLoader loader, IdBlocks ids, String dealer, long uploadId, Instant now) {
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
    return new Prepared(
        firstRows, repeats, firstId, encodeRecords(firstRows, firstId), encodeCustomers(rows));
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
    Map<String, NormalizedRow> byPhone = new TreeMap<>(Comparator.naturalOrder());
    rows.forEach(row -> byPhone.putIfAbsent(row.phone(), row));
    List<Object[]> values = new ArrayList<>(byPhone.size());
    byPhone.values().forEach(row -> values.add(RecordTables.customerValues(row, dealer, now)));
    return loader.encode(values);
  }
}
