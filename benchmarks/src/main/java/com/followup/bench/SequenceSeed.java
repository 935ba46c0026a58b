package com.followup.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Seeds large tables with INSERT … SELECT over MariaDB's sequence engine ({@code seq_1_to_N}), in
 * chunks, with due times spread evenly from a start.
 */
public final class SequenceSeed {

  public static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final int CHUNK = 250_000;

  /**
   * Writes one chunk: rows {@code offset+1 … offset+size}, {@code due} the SQL of each due time.
   */
  @FunctionalInterface
  public interface Chunk {
    void write(String range, long offset, String due) throws SQLException;
  }

  private SequenceSeed() {}

  /** Ids {@code firstId … firstId+count-1}, due from {@code from}, {@code stepMicros} apart. */
  public static void spread(long firstId, int count, Instant from, long stepMicros, Chunk chunk)
      throws SQLException {
    for (int done = 0; done < count; done += CHUNK) {
      int size = Math.min(CHUNK, count - done);
      String due =
          "TIMESTAMPADD(MICROSECOND, (seq - 1 + "
              + done
              + ") * "
              + stepMicros
              + ", '"
              + UTC.format(from)
              + "')";
      chunk.write("seq_1_to_" + size, firstId + done - 1, due);
    }
  }

  public static void exec(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }
}
