package com.followup.admin.scheduling;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts this instance's scheduler with the application and stops it, letting jobs finish. */
@Singleton
class SchedulerLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(SchedulerLifecycle.class);

  private final Scheduler scheduler;
  private final SchedulerSettings settings;
  private final DueWorkRegistration dueWork;

  SchedulerLifecycle(Scheduler scheduler, SchedulerSettings settings, DueWorkRegistration dueWork) {
    this.scheduler = scheduler;
    this.settings = settings;
    this.dueWork = dueWork;
  }

  @EventListener
  void onStartup(StartupEvent event) throws SchedulerException {
    dueWork.registerAll();
    if (settings.enabled()) {
      scheduler.start();
      LOG.info("Scheduler {} started as {}", settings.name(), scheduler.getSchedulerInstanceId());
    } else {
      LOG.info("Scheduler disabled on this instance (followup.scheduler.enabled=false)");
    }
  }

  @EventListener
  void onShutdown(ShutdownEvent event) throws SchedulerException {
    if (!scheduler.isShutdown()) {
      // due-work loops run for a whole lease: take no new lease, then stop the running loops (and
      // any starting now), which hand their leases to another instance at once
      scheduler.standby();
      dueWork.stopAll();
      scheduler.shutdown(true);
    }
  }
}
