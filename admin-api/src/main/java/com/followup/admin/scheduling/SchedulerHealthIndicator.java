package com.followup.admin.scheduling;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;

/** UP while this instance's scheduler runs (or is deliberately disabled) and is not shut down. */
@Singleton
class SchedulerHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final Scheduler scheduler;
  private final SchedulerSettings settings;

  SchedulerHealthIndicator(Scheduler scheduler, SchedulerSettings settings) {
    this.scheduler = scheduler;
    this.settings = settings;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    try {
      SchedulerMetaData meta = scheduler.getMetaData();
      boolean running = meta.isStarted() && !meta.isInStandbyMode() && !meta.isShutdown();
      healthStatus =
          running || (!settings.enabled() && !meta.isShutdown())
              ? HealthStatus.UP
              : HealthStatus.DOWN;
      details.put("instanceId", meta.getSchedulerInstanceId());
      details.put("clustered", meta.isJobStoreClustered());
      details.put("running", running);
    } catch (SchedulerException e) {
      healthStatus = HealthStatus.DOWN;
      details.put("error", e.getMessage());
    }
    return details;
  }

  @Override
  protected String getName() {
    return "scheduler";
  }
}
