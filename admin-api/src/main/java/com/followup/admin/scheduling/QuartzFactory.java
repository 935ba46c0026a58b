package com.followup.admin.scheduling;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds the clustered Quartz scheduler on the application's own database.
 *
 * <p>Quartz manages its own transactions (JobStoreTX), so it is handed the pool behind Micronaut's
 * transaction-aware proxy, registered under a name unique to this context.
 */
@Factory
class QuartzFactory {

  @Singleton
  @Bean(preDestroy = "shutdown")
  Scheduler scheduler(
      DataSource dataSource,
      BeanJobFactory jobFactory,
      SchedulerSettings settings,
      BeanContext beans)
      throws SchedulerException {
    String dataSourceName = "followup-" + UUID.randomUUID();
    DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
    DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, provider(pool));

    Scheduler scheduler =
        new StdSchedulerFactory(
                properties(
                    settings,
                    dataSourceName,
                    threads(settings, beans.getBeanDefinitions(DueWork.class).size())))
            .getScheduler();
    // Quartz keeps schedulers in a JVM-wide registry by name; clustered nodes share the name, so
    // a second application context in the same JVM must not be handed this one.
    SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
    scheduler.setJobFactory(jobFactory);
    return scheduler;
  }

  /**
   * A leased loop holds its thread for the whole lease: never fewer threads than loops, plus two.
   */
  private static int threads(SchedulerSettings settings, int loops) {
    return Math.max(settings.threads(), loops + 2);
  }

  private static Properties properties(
      SchedulerSettings settings, String dataSourceName, int threads) {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, settings.name());
    p.setProperty(
        StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
    p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "quartz-" + settings.name());
    p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
    p.setProperty("org.quartz.jobStore.driverDelegateClass", StdJDBCDelegate.class.getName());
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval",
        Long.toString(settings.checkinInterval().toMillis()));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    // how soon an idle instance notices a lease another instance released
    p.setProperty(
        "org.quartz.scheduler.idleWaitTime", Long.toString(settings.idleWait().toMillis()));
    return p;
  }

  private static ConnectionProvider provider(DataSource pool) {
    return new ConnectionProvider() {
      @Override
      public Connection getConnection() throws SQLException {
        return pool.getConnection();
      }

      @Override
      public void shutdown() {
        // the pool belongs to the application context, which closes it
      }

      @Override
      public void initialize() {}
    };
  }
}
