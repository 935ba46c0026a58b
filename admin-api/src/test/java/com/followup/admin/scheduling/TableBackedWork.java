package com.followup.admin.scheduling;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/** Due items in a table, claimed with SKIP LOCKED: the shape of real dispatch and SLA timers. */
@Singleton
@Requires(property = "followup.test.due-work.enabled", value = "true")
class TableBackedWork implements DueWork {

  static final AtomicInteger RUNNING = new AtomicInteger();
  static final AtomicInteger MAX_RUNNING = new AtomicInteger();

  private final DataSource dataSource;
  private final Scheduler scheduler;

  TableBackedWork(DataSource dataSource, Scheduler scheduler) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.scheduler = scheduler;
  }

  @Override
  public String name() {
    return "test-items";
  }

  @Override
  public int processDue(Instant now) {
    MAX_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<Long> ids = claim(c, now);
      try (PreparedStatement done =
          c.prepareStatement(
              "UPDATE test_due_item SET processed_at = ?, processed_by = ? WHERE id = ?")) {
        for (long id : ids) {
          done.setString(1, utc(Instant.now()));
          done.setString(2, scheduler.getSchedulerInstanceId());
          done.setLong(3, id);
          done.addBatch();
        }
        done.executeBatch();
      }
      c.commit();
      return ids.size();
    } catch (SQLException | SchedulerException e) {
      throw new IllegalStateException(e);
    } finally {
      RUNNING.decrementAndGet();
    }
  }

  private static List<Long> claim(Connection c, Instant now) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id FROM test_due_item WHERE processed_at IS NULL AND due_at <= ?"
                + " ORDER BY due_at LIMIT 100 FOR UPDATE SKIP LOCKED")) {
      select.setString(1, utc(now));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /**
   * Instants as UTC text with milliseconds: Connector/J drops the milliseconds of Timestamp
   * parameters on MariaDB (it reads the server as MySQL 5.5).
   */
  static String utc(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
        .withZone(java.time.ZoneOffset.UTC)
        .format(instant);
  }

  @Override
  public Optional<Instant> nextDue() {
    try (Connection c = dataSource.getConnection();
        ResultSet row =
            c.createStatement()
                .executeQuery("SELECT MIN(due_at) FROM test_due_item WHERE processed_at IS NULL")) {
      row.next();
      Timestamp next = row.getTimestamp(1);
      return Optional.ofNullable(next).map(Timestamp::toInstant);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
