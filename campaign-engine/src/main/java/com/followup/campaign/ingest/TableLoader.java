package com.followup.campaign.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends rows to a table inside the caller's transaction, as fast as the database allows. Values
 * are String, Long, Integer, java.time.Instant (stored as UTC) or null.
 */
interface TableLoader {

  void load(Connection connection, String table, List<String> columns, List<Object[]> rows)
      throws SQLException;
}
