package com.followup.admin.scheduling;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * <p>Quartz manages its own transactions (JobStoreTX), so it gets a small pool of its own, copied
 * from the application's Hikari pool but with auto-commit off from the start: every Quartz
 * transaction (a cluster check-in every few seconds on every instance) then costs its statements
 * and a COMMIT, without the {@code SET autocommit=0} and {@code SET autocommit=1} around them that
 * a connection lent by the application's auto-commit pool needs. It is registered under a name
 * unique to this context, and closed when the scheduler shuts down.
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
    int threads = threads(settings, beans.getBeanDefinitions(DueWork.class).size());
    DataSource pool = quartzPool(DelegatingDataSource.unwrapDataSource(dataSource), threads);
    DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, provider(pool));

    Scheduler scheduler =
        new StdSchedulerFactory(properties(settings, dataSourceName, threads)).getScheduler();
    // Quartz keeps schedulers in a JVM-wide registry by name; clustered nodes share the name, so
    // a second application context in the same JVM must not be handed this one.
    SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
    scheduler.setJobFactory(jobFactory);
    return scheduler;
  }

  /**
   * Quartz's own connections: the application pool's settings, auto-commit off, few connections
   * (the scheduler thread, the cluster manager, the misfire handler and jobs completing their
   * triggers; a running loop holds none). Another pool than Hikari is used as it is.
   */
  private static DataSource quartzPool(DataSource appPool, int threads) {
    if (!(appPool instanceof HikariDataSource hikari)) {
      return appPool;
    }
    HikariConfig config = new HikariConfig();
    hikari.copyStateTo(config);
    config.setPoolName(hikari.getPoolName() + "-quartz");
    config.setAutoCommit(false);
    config.setMinimumIdle(1);
    config.setMaximumPoolSize(Math.min(Math.max(2, hikari.getMaximumPoolSize()), threads / 2 + 3));
    config.setMetricRegistry(null);
    config.setMetricsTrackerFactory(null);
    config.setHealthCheckRegistry(null);
    String url = config.getJdbcUrl();
    if (url != null && url.startsWith("jdbc:mysql:")) {
      // Connector/J then skips a SET autocommit that changes nothing (Quartz asks for false)
      config.addDataSourceProperty("useLocalSessionState", "true");
    }
    return new HikariDataSource(config);
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
    p.setProperty(
        StdSchedulerFactory.PROP_SCHED_INSTANCE_ID_GENERATOR_CLASS, InstanceIds.class.getName());
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
        // Quartz's own pool ends with the scheduler; the application's is closed by its context
        if (pool instanceof HikariDataSource own && own.getPoolName().endsWith("-quartz")) {
          own.close();
        }
      }

      @Override
      public void initialize() {}
    };
  }
}
