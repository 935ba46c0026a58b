package com.followup.campaign.ingest;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * An upload's rejected rows as a CSV file the dealer can fix and send again: the rows as they sent
 * them (their header, their columns, their encoding and byte order mark) with an {@code error}
 * column the ingest ignores. Read a page of rows at a time, so a file of 100,000 rejects streams in
 * little memory.
 */
@Singleton
public class RejectedRows {

  private final TransactionOperations<Connection> transactions;

  RejectedRows(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** The rejected-rows file of an upload of this dealer; empty when unknown or another dealer's. */
  public Optional<RejectedRowsFile> find(String dealer, String uploadId) {
    Optional<Long> id = parse(uploadId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT format, header_cells, source_charset, had_bom FROM record_upload"
                          + " WHERE id = ? AND dealer_code = ?")) {
            select.setLong(1, id.get());
            select.setString(2, dealer);
            try (ResultSet r = select.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              return Optional.of(file(dealer, id.get(), r));
            }
          }
        });
  }

  /**
   * Writes the rejected-rows file of an upload of this dealer to {@code out}.
   *
   * @return false (nothing written) when the upload is unknown or another dealer's
   */
  public boolean write(String dealer, String uploadId, OutputStream out) throws IOException {
    Optional<RejectedRowsFile> file = find(dealer, uploadId);
    if (file.isEmpty()) {
      return false;
    }
    file.get().writeTo(out);
    return true;
  }

  private RejectedRowsFile file(String dealer, long uploadId, ResultSet r) throws Exception {
    boolean json = UploadFormat.JSON.name().equals(r.getString(1));
    String header = r.getString(2);
    String charset = r.getString(3);
    List<String> columns =
        header != null
            ? SourceFile.decodeArray(header)
            : java.util.Arrays.stream(Column.values()).map(c -> c.csvName).toList();
    // a JSON upload, or one stored before its charset was kept, comes back as UTF-8 with a BOM
    boolean known = !json && charset != null && Charset.isSupported(charset);
    Charset encoding = known ? Charset.forName(charset) : StandardCharsets.UTF_8;
    boolean bom = known ? r.getBoolean(4) : true;
    RejectedCsv csv = new RejectedCsv(columns, json);
    return new RejectedRowsFile(
        fileName(dealer, uploadId), encoding, bom, csv, new RejectedPages(transactions, uploadId));
  }

  private static String fileName(String dealer, long uploadId) {
    return dealer.replaceAll("[^A-Za-z0-9._-]", "_") + "-upload-" + uploadId + "-rejected.csv";
  }

  private static Optional<Long> parse(String uploadId) {
    try {
      return Optional.of(Long.parseLong(uploadId));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
