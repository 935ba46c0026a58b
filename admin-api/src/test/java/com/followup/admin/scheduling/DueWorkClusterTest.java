package com.followup.admin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;

/** Due-work loops on real Quartz, two instances on one MariaDB schema. */
class DueWorkClusterTest {

  private static final Map<String, Object> PROPERTIES = leasedFor("2s");

  ApplicationContext first;
  ApplicationContext second;
  DataSource db;

  @BeforeEach
  void startTwoInstances() throws Exception {
    first = ApplicationContext.run(PROPERTIES, Environment.TEST);
    second = ApplicationContext.run(PROPERTIES, Environment.TEST);
    db = DelegatingDataSource.unwrapDataSource(first.getBean(DataSource.class));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS test_due_item (id BIGINT NOT NULL PRIMARY KEY,"
              + " due_at DATETIME(3) NOT NULL, processed_at DATETIME(3) NULL,"
              + " processed_by VARCHAR(200) NULL, INDEX ix_due (processed_at, due_at))");
      s.execute("DELETE FROM test_due_item");
    }
    TableBackedWork.MAX_RUNNING.set(0);
  }

  @AfterEach
  void stop() throws Exception {
    if (second.isRunning()) {
      second
          .getBean(Scheduler.class)
          .deleteJob(JobKey.jobKey("test-items", DueWorkRegistration.GROUP));
    }
    first.close();
    second.close();
  }

  @Test
  void due_items_are_processed_within_a_second_of_their_due_time_exactly_once() throws Exception {
    Instant start = Instant.now();
    List<Instant> dues = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      dues.add(start.plusMillis(1_500 + i * 150L));
    }
    insert(dues);

    awaitProcessed(dues.size(), Duration.ofSeconds(30));

    List<Long> lateness = latenessMillis();
    assertThat(lateness).hasSize(dues.size()).allSatisfy(ms -> assertThat(ms).isBetween(0L, 999L));
    assertThat(TableBackedWork.MAX_RUNNING.get()).as("never two instances at once").isEqualTo(1);
  }

  @Test
  void when_the_lease_holder_stops_the_other_instance_takes_the_work_over() throws Exception {
    assertTheOtherTakesOverWhenTheHolderStops(Duration.ofSeconds(30));
  }

  @Test
  void a_holder_that_shuts_down_hands_its_lease_over_at_once_not_when_the_lease_would_end()
      throws Exception {
    first.close();
    second.close();
    first = ApplicationContext.run(leasedFor("60s"), Environment.TEST);
    second = ApplicationContext.run(leasedFor("60s"), Environment.TEST);
    db = DelegatingDataSource.unwrapDataSource(first.getBean(DataSource.class));

    // the survivor sees the handed-back lease within its idle wait (10 s), long before 60 s
    assertTheOtherTakesOverWhenTheHolderStops(Duration.ofSeconds(20));
  }

  private void assertTheOtherTakesOverWhenTheHolderStops(Duration within) throws Exception {
    insert(List.of(Instant.now().plusMillis(500)));
    awaitProcessed(1, Duration.ofSeconds(15));
    String holder = processedBy().get(0);
    ApplicationContext survivor =
        holder.equals(first.getBean(Scheduler.class).getSchedulerInstanceId()) ? second : first;
    (survivor == first ? second : first).close();
    db = DelegatingDataSource.unwrapDataSource(survivor.getBean(DataSource.class));

    insert(List.of(Instant.now().plusMillis(500)));

    awaitProcessed(2, within);
    assertThat(processedBy().get(1))
        .isEqualTo(survivor.getBean(Scheduler.class).getSchedulerInstanceId());
  }

  private static Map<String, Object> leasedFor(String lease) {
    return Map.of(
        "followup.test.due-work.enabled",
        "true",
        "followup.scheduler.lease",
        lease,
        // a cluster of its own: the instance this test kills must not hold the other tests' loops
        "followup.scheduler.name",
        "due-work-cluster-test");
  }

  private long nextId = 1;

  private void insert(List<Instant> dues) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO test_due_item (id, due_at) VALUES (?, ?)")) {
      for (Instant due : dues) {
        insert.setLong(1, nextId++);
        insert.setString(2, TableBackedWork.utc(due));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void awaitProcessed(int count, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && processedBy().size() < count) {
      Thread.sleep(100);
    }
    assertThat(processedBy()).hasSize(count);
  }

  private List<String> processedBy() throws Exception {
    List<String> by = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT processed_by FROM test_due_item WHERE processed_at IS NOT NULL ORDER BY id")) {
      while (rows.next()) {
        by.add(rows.getString(1));
      }
    }
    return by;
  }

  private List<Long> latenessMillis() throws Exception {
    List<Long> lateness = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rows =
            c.createStatement().executeQuery("SELECT due_at, processed_at FROM test_due_item")) {
      while (rows.next()) {
        lateness.add(
            Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant())
                .toMillis());
      }
    }
    return lateness;
  }
}
