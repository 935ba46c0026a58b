package com.followup.bench.dispatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The design the engine avoids, measured beside it: one Quartz trigger per follow-up, on the same
 * clustered JDBC job store the app uses (its own scheduler name, so the app's instances do not run
 * these jobs).
 */
final class QuartzPerTrigger {

  /** Creations and firings per second. */
  record Rates(double createdPerSecond, double firedPerSecond, int fired) {}

  static final ConcurrentLinkedQueue<Long> FIRED = new ConcurrentLinkedQueue<>();
  static final AtomicInteger COUNT = new AtomicInteger();

  /** The job each trigger runs: it only records that it fired. */
  public static class ReleaseOne implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      FIRED.add(System.nanoTime());
      COUNT.incrementAndGet();
    }
  }

  private QuartzPerTrigger() {}

  static Rates measure(String jdbcUrl, String user, String password, int triggers, int threads)
      throws Exception {
    FIRED.clear();
    COUNT.set(0);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(threads + 4);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      DBConnectionManager.getInstance().addConnectionProvider("bench", provider(pool));
      Scheduler scheduler = new StdSchedulerFactory(properties(threads)).getScheduler();
      try {
        return run(scheduler, triggers);
      } finally {
        scheduler.shutdown(false);
      }
    }
  }

  private static Rates run(Scheduler scheduler, int triggers) throws Exception {
    // all due together, a little after they are all created
    Instant due = Instant.now().plus(Duration.ofSeconds(5 + triggers / 100));
    long start = System.nanoTime();
    for (int i = 0; i < triggers; i++) {
      scheduler.scheduleJob(
          JobBuilder.newJob(ReleaseOne.class).withIdentity("f" + i, "per-followup").build(),
          TriggerBuilder.newTrigger()
              .withIdentity("f" + i, "per-followup")
              .startAt(Date.from(due))
              .build());
    }
    double created = triggers / ((System.nanoTime() - start) / 1e9);
    if (Instant.now().isAfter(due)) {
      throw new IllegalStateException("creating the triggers took longer than planned");
    }
    scheduler.start();
    long dueNanos = System.nanoTime() + Duration.between(Instant.now(), due).toNanos();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (COUNT.get() < triggers && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    long last = FIRED.stream().mapToLong(Long::longValue).max().orElse(dueNanos);
    double fired = COUNT.get() / Math.max(1e-3, (last - dueNanos) / 1e9);
    return new Rates(created, fired, COUNT.get());
  }

  private static Properties properties(int threads) {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "bench-per-trigger");
    p.setProperty(
        StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
    p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
    p.setProperty("org.quartz.jobStore.driverDelegateClass", StdJDBCDelegate.class.getName());
    p.setProperty("org.quartz.jobStore.dataSource", "bench");
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return p;
  }

  private static ConnectionProvider provider(HikariDataSource pool) {
    return new ConnectionProvider() {
      @Override
      public Connection getConnection() throws SQLException {
        return pool.getConnection();
      }

      @Override
      public void shutdown() {}

      @Override
      public void initialize() {}
    };
  }
}
