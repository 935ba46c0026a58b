package com.followup.campaign.bulk;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the bulk path once: LOAD DATA LOCAL on MySQL/MariaDB when the server allows it ({@code
 * local_infile=ON}), batched INSERTs otherwise (H2, or a server that refuses it).
 */
@Singleton
public class TableLoaders {

  private static final Logger LOG = LoggerFactory.getLogger(TableLoaders.class);

  private final TableLoader loader;

  TableLoaders(DataSource dataSource, @Value("${followup.ingest.load-data:true}") boolean allowed) {
    this.loader =
        allowed && loadDataAvailable(DelegatingDataSource.unwrapDataSource(dataSource))
            ? new LoadDataLoader()
            : new BatchInsertLoader();
    LOG.info("Bulk writes use {}", loader.getClass().getSimpleName());
  }

  /** The bulk path chosen for this database. */
  public TableLoader loader() {
    return loader;
  }

  private static boolean loadDataAvailable(DataSource pool) {
    try (Connection c = pool.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase();
      if (!product.contains("mysql") && !product.contains("mariadb")) {
        return false;
      }
      // a one-row probe: proves both the client (allowLoadLocalInfile) and the server allow it
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMPORARY TABLE load_data_probe (v INT)");
        try {
          new LoadDataLoader()
              .insertAll(c, "load_data_probe", List.of("v"), List.<Object[]>of(new Object[] {1}));
          return true;
        } finally {
          s.execute("DROP TEMPORARY TABLE load_data_probe");
        }
      }
    } catch (SQLException e) {
      LOG.info("LOAD DATA LOCAL is not available ({}); using batched INSERTs", e.getMessage());
      return false;
    }
  }
}
