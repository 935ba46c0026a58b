package com.followup.campaign.ingest;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Test fixture: reads the tables directly, to check what was really stored. */
final class Db {

  private final DataSource pool;

  Db(DataSource dataSource) {
    this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  long count(String sql, Object... parameters) {
    return Long.parseLong(column(sql, parameters).get(0));
  }

  List<String> column(String sql, Object... parameters) {
    try (Connection c = pool.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Connection connection() throws Exception {
    return pool.getConnection();
  }
}
