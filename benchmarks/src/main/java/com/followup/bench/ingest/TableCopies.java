package com.followup.bench.ingest;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Baselines on exactly the rows the engine wrote: exports each table to a TSV file, then loads it
 * into an empty copy of the table (same columns and indexes), the database's own ceiling; or
 * inserts a sample one autocommit INSERT at a time, the naive way.
 */
final class TableCopies {

  private TableCopies() {}

  static Path export(Connection c, String table) throws SQLException, IOException {
    Path file = Files.createTempFile("bench-" + table + "-", ".tsv");
    try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      s.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream rows instead of buffering them
      try (ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            if (i > 1) {
              out.write('\t');
            }
            String value = rows.getString(i);
            out.write(
                value == null
                    ? "\\N"
                    : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
          }
          out.write('\n');
        }
      }
    }
    return file;
  }

  /** Loads an exported file into an empty copy of the table; returns the seconds it took. */
  static double loadCopy(Connection c, String table, Path file) throws SQLException, IOException {
    String copy = table + "_ceiling";
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + copy);
      s.execute("CREATE TABLE " + copy + " LIKE " + table);
      try (InputStream in = Files.newInputStream(file)) {
        s.unwrap(JdbcStatement.class).setLocalInfileInputStream(in);
        long start = System.nanoTime();
        s.execute(
            "LOAD DATA LOCAL INFILE 'copy.tsv' INTO TABLE "
                + copy
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'");
        return (System.nanoTime() - start) / 1e9;
      } finally {
        s.execute("DROP TABLE " + copy);
      }
    }
  }

  /** Inserts the first {@code sample} rows of each table one autocommit INSERT at a time. */
  static double naiveSeconds(Connection c, List<String> tables, int sample) throws SQLException {
    double seconds = 0;
    for (String table : tables) {
      String copy = table + "_naive";
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + copy);
        s.execute("CREATE TABLE " + copy + " LIKE " + table);
        try (ResultSet rows =
            c.createStatement().executeQuery("SELECT * FROM " + table + " LIMIT " + sample)) {
          int columns = rows.getMetaData().getColumnCount();
          String insert = "INSERT INTO " + copy + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
          c.setAutoCommit(true);
          try (var statement = c.prepareStatement(insert)) {
            long start = System.nanoTime();
            while (rows.next()) {
              for (int i = 1; i <= columns; i++) {
                statement.setObject(i, rows.getObject(i));
              }
              statement.executeUpdate();
            }
            seconds += (System.nanoTime() - start) / 1e9;
          }
        }
        s.execute("DROP TABLE " + copy);
      }
    }
    return seconds;
  }
}
