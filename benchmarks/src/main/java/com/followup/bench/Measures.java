package com.followup.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** What the benchmarks share: percentiles of sorted samples, counts, and the printed table. */
public final class Measures {

  private Measures() {}

  /** The p-th percentile (0 < p ≤ 1) of sorted samples; null when there are none. */
  public static Long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
  }

  /** Two decimals. */
  public static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** The single number a query returns. */
  public static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Prints the measures as a two-column Markdown table. */
  public static void print(Map<String, Object> result) {
    System.out.println();
    System.out.println("| measure | value |");
    System.out.println("| --- | --- |");
    result.forEach((k, v) -> System.out.printf("| %s | %s |%n", k, v));
  }
}
