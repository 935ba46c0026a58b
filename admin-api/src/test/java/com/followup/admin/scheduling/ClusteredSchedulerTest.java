package com.followup.admin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/** Two application contexts on one MariaDB schema form one Quartz cluster. */
class ClusteredSchedulerTest {

  // a cluster of its own, apart from the loops the other tests rely on
  static final java.util.Map<String, Object> CLUSTER =
      java.util.Map.of("followup.scheduler.name", "clustered-scheduler-test");

  ApplicationContext first;
  ApplicationContext second;

  @BeforeEach
  void startTwoInstances() throws Exception {
    first = ApplicationContext.run(CLUSTER, Environment.TEST);
    second = ApplicationContext.run(CLUSTER, Environment.TEST);
    try (Connection c =
            DelegatingDataSource.unwrapDataSource(first.getBean(DataSource.class)).getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS test_job_run ("
              + " run_key VARCHAR(100) NOT NULL, scheduled_at BIGINT NOT NULL, instance VARCHAR(200) NOT NULL)");
    }
  }

  @AfterEach
  void stop() {
    second.close();
    first.close();
  }

  @Test
  void both_instances_join_one_cluster() throws Exception {
    Scheduler a = first.getBean(Scheduler.class);
    Scheduler b = second.getBean(Scheduler.class);

    assertThat(a.getSchedulerName()).isEqualTo(b.getSchedulerName());
    assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());
    assertThat(a.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(a.isStarted()).isTrue();
    assertThat(b.isStarted()).isTrue();
  }

  @Test
  void a_job_fires_once_per_trigger_not_once_per_instance() throws Exception {
    String key = "once-" + UUID.randomUUID();
    int fires = 20;
    JobDetail job =
        JobBuilder.newJob(RecordingJob.class).withIdentity(key).usingJobData("key", key).build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(key)
            .startAt(new Date(System.currentTimeMillis() + 1_000))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(150)
                    .withRepeatCount(fires - 1))
            .build();

    first.getBean(Scheduler.class).scheduleJob(job, trigger);

    awaitRuns(key, fires, Duration.ofSeconds(30));
    Thread.sleep(1_000); // any second firing would land now
    Set<Long> scheduled = new HashSet<>();
    int runs = 0;
    try (Connection c =
            DelegatingDataSource.unwrapDataSource(first.getBean(DataSource.class)).getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT scheduled_at FROM test_job_run WHERE run_key = '" + key + "'")) {
      while (rows.next()) {
        scheduled.add(rows.getLong(1));
        runs++;
      }
    }
    assertThat(runs).isEqualTo(fires);
    assertThat(scheduled).hasSize(fires);
  }

  private void awaitRuns(String key, int expected, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c =
              DelegatingDataSource.unwrapDataSource(first.getBean(DataSource.class))
                  .getConnection();
          ResultSet rows =
              c.createStatement()
                  .executeQuery(
                      "SELECT COUNT(*) FROM test_job_run WHERE run_key = '" + key + "'")) {
        rows.next();
        if (rows.getInt(1) >= expected) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }
}
