package com.followup.campaign.ingest;

import com.followup.campaign.bulk.TableLoaders;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.dealer.UnknownDealer;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.record.RecordHandOff;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a dealer's upload of purchase and repair records: streams, validates row by row, and writes
 * everything in one transaction, so a crash leaves nothing half-applied and sending the same file
 * again completes it without duplicates. A bad row never stops the good ones.
 */
@Singleton
public class RecordUpload {

  private static final Logger LOG = LoggerFactory.getLogger(RecordUpload.class);

  private final DealerDirectory dealers;
  private final TransactionOperations<Connection> transactions;
  private final IdBlocks ids;
  private final TableLoaders loaders;
  private final List<RecordHandOff> handOffs;
  private final IngestSettings settings;
  private final ValidationWorkers workers;
  private final Clock clock;

  RecordUpload(
      DealerDirectory dealers,
      TransactionOperations<Connection> transactions,
      IdBlocks ids,
      TableLoaders loaders,
      List<RecordHandOff> handOffs,
      IngestSettings settings,
      ValidationWorkers workers,
      Clock clock) {
    this.dealers = dealers;
    this.transactions = transactions;
    this.ids = ids;
    this.loaders = loaders;
    this.handOffs = handOffs;
    this.settings = settings;
    this.workers = workers;
    this.clock = clock;
  }

  /**
   * @throws UnknownDealer when no dealer has the code
   * @throws MalformedUpload when the file is empty or lacks a required column (nothing written)
   * @throws UploadInProgress when another upload for the dealer is being written
   */
  public UploadSummary upload(
      String dealerCode,
      UploadFormat format,
      InputStream body,
      Charset charset,
      String uploadedBy) {
    Dealer dealer = dealers.find(dealerCode).orElseThrow(() -> new UnknownDealer(dealerCode));
    Instant started = clock.instant();
    RowSource source = format.open(new InputStreamReader(body, charset));
    long uploadId = ids.reserve("record_upload", 1);
    BatchPreparer preparer =
        new BatchPreparer(loaders.loader(), ids, dealer.code(), uploadId, started, handOffs);
    return transactions.executeWrite(
        status -> {
          Connection connection = status.getConnection();
          lockDealer(connection, dealer.code());
          UploadRun run =
              new UploadRun(
                  connection,
                  loaders.loader(),
                  ids,
                  dealer.code(),
                  uploadId,
                  started,
                  settings.errorsInSummary(),
                  preparer);
          try (ParsedBatches batches =
              new ParsedBatches(
                  source,
                  () -> new RowValidator(dealer, started),
                  preparer::prepare,
                  workers.pool(),
                  settings.batchSize(),
                  "ingest-" + uploadId)) {
            SourceFile file = new SourceFile(source.header(), charset, source.hadBom());
            return writeAll(batches, run, format, uploadedBy, file);
          }
        });
  }

  private UploadSummary writeAll(
      ParsedBatches batches, UploadRun run, UploadFormat format, String uploadedBy, SourceFile file)
      throws Exception {
    long waiting = 0;
    long writing = 0;
    while (true) {
      long t0 = System.nanoTime();
      ParsedBatches.Batch batch = batches.next();
      long t1 = System.nanoTime();
      waiting += t1 - t0;
      if (batch == null) {
        break;
      }
      List<RecordHandOff.Prepared> prepared = batch.prepared().handOffs();
      run.write(batch).ifPresent(records -> prepared.forEach(h -> h.handOff(records)));
      writing += System.nanoTime() - t1;
    }
    UploadSummary summary = run.finish(format, uploadedBy, clock.instant(), file);
    LOG.info(
        "Upload {} of dealer {}: {} rows, {} accepted, {} updated, {} duplicates, {} rejected;"
            + " {} ms waiting for the parser, {} ms writing",
        summary.uploadId(),
        summary.dealerCode(),
        summary.received(),
        summary.accepted(),
        summary.updated(),
        summary.duplicates(),
        summary.rejected(),
        waiting / 1_000_000,
        writing / 1_000_000);
    return summary;
  }

  /** One writer per dealer at a time: a second upload is told so at once instead of waiting. */
  private static void lockDealer(Connection connection, String dealer) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT code FROM dealer WHERE code = ? FOR UPDATE SKIP LOCKED")) {
      lock.setString(1, dealer);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new UploadInProgress(dealer);
        }
      }
    }
  }
}
