package com.followup.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark schema on the local MariaDB/MySQL (the test user from scripts/ensure-mariadb.sh).
 */
public final class BenchDatabase {

  public static final String HOST =
      System.getenv().getOrDefault("FOLLOWUP_TEST_DB_HOST", "127.0.0.1");
  public static final String USER =
      System.getenv().getOrDefault("FOLLOWUP_TEST_DB_USER", "followup_test");
  public static final String PASSWORD =
      System.getenv().getOrDefault("FOLLOWUP_TEST_DB_PASSWORD", "followup_test");
  public static final String OPTIONS =
      "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&rewriteBatchedStatements=true&allowLoadLocalInfile=true";

  private BenchDatabase() {}

  /** Drops and recreates a schema (its name must start with followup_test). */
  public static String fresh(String schema) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mysql://" + HOST + ":3306/" + OPTIONS, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return url(schema);
  }

  public static String url(String schema) {
    return "jdbc:mysql://" + HOST + ":3306/" + schema + OPTIONS;
  }

  public static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(url(schema), USER, PASSWORD);
  }

  /** The server's count of statements received, for queries-per-second measurements. */
  public static long questions(Connection c) throws SQLException {
    try (var rows = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      rows.next();
      return rows.getLong(2);
    }
  }
}
