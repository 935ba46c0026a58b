package com.followup.admin.time;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's clock: this machine's clock corrected to the database server's. Every instance
 * of a cluster compares due times (follow-ups, SLA targets, callbacks, deliveries) with the time it
 * reads here, so an instance whose own clock runs a few seconds ahead neither fires early nor
 * writes wrong times: the database is the cluster's one time source, as it is its one coordinator.
 *
 * <p>{@link #align()} reads the server's time a few times and keeps the offset of the read with the
 * shortest round trip, corrected by half of it (as NTP does); it is called at start and then every
 * {@code followup.clock.align-every}. An in-process database (H2) shares this clock: nothing to
 * correct.
 */
public final class DatabaseClock extends Clock {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseClock.class);
  private static final int SAMPLES = 3;

  /** A correction this large is worth a warning: the machine's clock is not kept in step. */
  private static final Duration NOTABLE = Duration.ofMillis(500);

  private final Clock local;
  private final DataSource database;
  private volatile Duration correction = Duration.ZERO;

  DatabaseClock(Clock local, DataSource database) {
    this.local = local;
    this.database = database;
  }

  /** Measures this machine's offset from the database server again; keeps the last on failure. */
  public void align() {
    try (Connection connection = database.getConnection()) {
      if (!readsServerTime(connection)) {
        return;
      }
      Duration best = null;
      Duration offset = Duration.ZERO;
      try (Statement statement = connection.createStatement()) {
        for (int i = 0; i < SAMPLES; i++) {
          Instant sent = local.instant();
          Instant server = serverTime(statement);
          Instant received = local.instant();
          Duration roundTrip = Duration.between(sent, received);
          if (best == null || roundTrip.compareTo(best) < 0) {
            best = roundTrip;
            offset = Duration.between(sent.plus(roundTrip.dividedBy(2)), server);
          }
        }
      }
      Duration previous = correction;
      correction = offset;
      if (offset.abs().compareTo(NOTABLE) >= 0
          && offset.minus(previous).abs().compareTo(NOTABLE) >= 0) {
        LOG.warn(
            "This machine's clock is {} ms off the database server's (round trip {} ms): due times"
                + " are compared with the database's time",
            -offset.toMillis(),
            best.toMillis());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "Could not read the database's time; the clock keeps its correction: {}", e.toString());
    }
  }

  /** The correction last measured: the database's time minus this machine's. */
  public Duration correction() {
    return correction;
  }

  @Override
  public Instant instant() {
    return local.instant().plus(correction);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    DatabaseClock aligned = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return aligned.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return aligned.withZone(other);
      }
    };
  }

  private static boolean readsServerTime(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mariadb") || product.contains("mysql");
  }

  /** The server's time to the microsecond, whatever the session's time zone. */
  private static Instant serverTime(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT UNIX_TIMESTAMP(SYSDATE(6))")) {
      row.next();
      java.math.BigDecimal seconds = row.getBigDecimal(1);
      long whole = seconds.longValue();
      long nanos =
          seconds.subtract(java.math.BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole, nanos);
    }
  }
}
