package com.followup.campaign.ingest;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.bulk.TableLoader;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.record.DealerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The counts and errors of one upload as its batches are written, and its summary row. */
final class UploadRun {

  private final Connection connection;
  private final TableLoader loader;
  private final BatchWriter writer;
  private final String dealer;
  private final long uploadId;
  private final Instant started;
  private final int errorsInSummary;
  private final List<RowError> firstErrors = new ArrayList<>();
  private int received;
  private int accepted;
  private int updated;
  private int duplicates;
  private int rejected;
  private int errorCount;
  private int rejectedSeq;
  private final Set<String> extraJsonNames = new LinkedHashSet<>();

  UploadRun(
      Connection connection,
      TableLoader loader,
      IdBlocks ids,
      String dealer,
      long uploadId,
      Instant started,
      int errorsInSummary,
      BatchPreparer preparer) {
    this.connection = connection;
    this.loader = loader;
    this.writer =
        new BatchWriter(
            connection,
            loader,
            preparer,
            ids,
            new RecordTables(connection, dealer, uploadId, started),
            dealer);
    this.dealer = dealer;
    this.uploadId = uploadId;
    this.started = started;
    this.errorsInSummary = errorsInSummary;
  }

  /** Writes a batch; returns the records to hand off, if any. */
  Optional<List<DealerRecord>> write(ParsedBatches.Batch batch) throws SQLException {
    BatchWriter.Outcome outcome = writer.write(batch.prepared());
    received += batch.received();
    rejected += batch.rejected();
    accepted += outcome.accepted();
    updated += outcome.updated();
    duplicates += outcome.duplicates();
    storeErrors(batch.errors());
    storeRejected(batch.rejectedRows());
    return outcome.handOff().isEmpty() ? Optional.empty() : Optional.of(outcome.handOff());
  }

  private void storeErrors(List<RowError> errors) throws SQLException {
    List<Object[]> rows = new ArrayList<>(errors.size());
    for (RowError error : errors) {
      rows.add(
          new Object[] {
            uploadId, errorCount++, error.line(), error.column(), truncate(error.message())
          });
      if (firstErrors.size() < errorsInSummary) {
        firstErrors.add(error);
      }
    }
    loader.insertAll(
        connection,
        "record_upload_error",
        List.of("upload_id", "seq", "line", "column_name", "message"),
        rows);
  }

  /** Each rejected row as sent, so the dealer can download, fix and send the rows again. */
  private void storeRejected(List<RejectedRow> rejectedRows) throws SQLException {
    if (rejectedRows.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(rejectedRows.size());
    for (RejectedRow row : rejectedRows) {
      rows.add(
          new Object[] {
            uploadId, rejectedSeq++, row.line(), row.cells(), row.rawText(), row.errors()
          });
      if (row.names() != null) {
        row.names().stream().filter(n -> Column.named(n).isEmpty()).forEach(extraJsonNames::add);
      }
    }
    loader.insertAll(
        connection,
        "record_upload_rejected",
        List.of("upload_id", "seq", "line", "cells", "raw_text", "errors"),
        rows);
  }

  /**
   * A JSON upload's rejected-rows file has the contract's columns, then its rejects' extra keys.
   */
  private List<String> header(UploadFormat format, List<String> csvHeader) {
    if (format == UploadFormat.CSV) {
      return csvHeader;
    }
    List<String> header = new ArrayList<>();
    Arrays.stream(Column.values()).forEach(c -> header.add(c.csvName));
    header.addAll(extraJsonNames);
    return header;
  }

  private static String truncate(String message) {
    return message.length() <= 500 ? message : message.substring(0, 497) + "...";
  }

  UploadSummary finish(UploadFormat format, String uploadedBy, Instant finished, SourceFile file)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO record_upload (id, dealer_code, format, uploaded_by, started_at,"
                + " finished_at, received, accepted, updated, duplicates, rejected, error_count,"
                + " header_cells, source_charset, had_bom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Object[] values = {
        uploadId,
        dealer,
        format.name(),
        uploadedBy,
        started,
        finished,
        received,
        accepted,
        updated,
        duplicates,
        rejected,
        errorCount,
        SourceFile.encodeHeader(header(format, file.header())),
        file.charset().name(),
        file.hadBom()
      };
      for (int i = 0; i < values.length; i++) {
        SqlValues.bind(insert, i + 1, values[i]);
      }
      insert.executeUpdate();
    }
    return new UploadSummary(
        Long.toString(uploadId),
        dealer,
        format.name(),
        uploadedBy,
        started,
        finished,
        received,
        accepted,
        updated,
        duplicates,
        rejected,
        errorCount,
        List.copyOf(firstErrors));
  }
}
