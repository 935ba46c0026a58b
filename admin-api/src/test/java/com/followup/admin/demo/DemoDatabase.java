package com.followup.admin.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB schema of a test class's own (the demo tests', or one that must not share the suite's
 * schema), dropped before use so it starts empty.
 */
public final class DemoDatabase {

  private static final String HOST =
      System.getProperty("followup.test.db.host", "127.0.0.1")
          + ":"
          + System.getProperty("followup.test.db.port", "3306");
  private static final String USER = System.getProperty("followup.test.db.user", "followup_test");
  private static final String PASSWORD =
      System.getProperty("followup.test.db.password", "followup_test");

  final String schema;

  DemoDatabase() {
    this("_demo_centre");
  }

  /** The schema named by the test prefix and {@code suffix}. */
  public DemoDatabase(String suffix) {
    schema = System.getProperty("followup.test.db.prefix", "followup_test") + suffix;
  }

  public String url() {
    return "jdbc:mysql://" + HOST + "/" + schema + "?createDatabaseIfNotExist=true";
  }

  public void dropAndCreate() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:mysql://" + HOST + "/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " DEFAULT CHARSET utf8mb4");
    }
  }

  /** The first column of every row. */
  List<Object> column(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
      return values;
    }
  }

  long count(String sql) throws SQLException {
    return ((Number) column(sql).get(0)).longValue();
  }
}
