package com.followup.admin.scheduling;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** A job bean (its DataSource is injected) that records each firing in a table. */
@Prototype
class RecordingJob implements Job {

  private final DataSource dataSource;

  RecordingJob(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO test_job_run (run_key, scheduled_at, instance) VALUES (?, ?, ?)")) {
      insert.setString(1, context.getMergedJobDataMap().getString("key"));
      insert.setLong(2, context.getScheduledFireTime().getTime());
      insert.setString(3, context.getScheduler().getSchedulerInstanceId());
      insert.executeUpdate();
    } catch (SQLException | org.quartz.SchedulerException e) {
      throw new JobExecutionException(e);
    }
  }
}
