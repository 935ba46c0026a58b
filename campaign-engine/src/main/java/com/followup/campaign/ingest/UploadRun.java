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
import java.util.List;
import java.util.Optional;

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

  private static String truncate(String message) {
    return message.length() <= 500 ? message : message.substring(0, 497) + "...";
  }

  UploadSummary finish(UploadFormat format, String uploadedBy, Instant finished)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO record_upload (id, dealer_code, format, uploaded_by, started_at,"
                + " finished_at, received, accepted, updated, duplicates, rejected, error_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        errorCount
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
