package com.followup.admin.scheduling;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every {@link DueWork} bean its leased loop in the cluster, once, whoever starts first, and
 * stops this instance's running loops when it shuts down.
 */
@Singleton
class DueWorkRegistration {

  static final String GROUP = "due-work";
  private static final Logger LOG = LoggerFactory.getLogger(DueWorkRegistration.class);

  private final Scheduler scheduler;
  private final List<DueWork> works;
  private final SchedulerSettings settings;
  private final Map<DueWorkLoop, String> running = new ConcurrentHashMap<>();
  private final Set<String> handedBack = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  DueWorkRegistration(Scheduler scheduler, List<DueWork> works, SchedulerSettings settings) {
    this.scheduler = scheduler;
    this.works = works;
    this.settings = settings;
  }

  void registerAll() throws SchedulerException {
    for (DueWork work : works) {
      register(work.name());
    }
  }

  /**
   * Runs the loop of the work {@code name} until {@code until} unless this instance is stopping: a
   * loop that starts while it stops (a lease Quartz handed out just before) ends at once, and its
   * lease goes back to the cluster.
   */
  long run(String name, DueWorkLoop loop, Instant until) throws InterruptedException {
    running.put(loop, name);
    try {
      if (stopping) {
        handBack(name);
        return 0;
      }
      return loop.runUntil(until);
    } finally {
      running.remove(loop);
    }
  }

  /**
   * This instance stops: every running loop ends its current batch and returns, and each lease it
   * held fires again at once, for another instance to take instead of waiting out the lease.
   */
  void stopAll() {
    stopping = true;
    running.forEach(
        (loop, name) -> {
          loop.stop();
          handBack(name);
        });
  }

  private void handBack(String name) {
    if (!handedBack.add(name)) {
      return;
    }
    try {
      scheduler.triggerJob(JobKey.jobKey(name, GROUP));
    } catch (SchedulerException gone) {
      // unregistered or already shut down: nothing to hand over
      LOG.debug("Lease {} not handed over: {}", name, gone.getMessage());
    }
  }

  private Trigger lease(String name) {
    return TriggerBuilder.newTrigger()
        .withIdentity(name, GROUP)
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(settings.lease().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .startNow()
        .build();
  }

  /** A changed lease period applies to a running cluster too, not only to a fresh one. */
  private void keepLeaseCurrent(String name) throws SchedulerException {
    TriggerKey key = TriggerKey.triggerKey(name, GROUP);
    if (scheduler.getTrigger(key) instanceof SimpleTrigger current
        && current.getRepeatInterval() != settings.lease().toMillis()) {
      scheduler.rescheduleJob(key, lease(name));
      LOG.info("Due-work loop {} now leased every {}", name, settings.lease());
    }
  }

  private void register(String name) throws SchedulerException {
    JobKey key = JobKey.jobKey(name, GROUP);
    if (scheduler.checkExists(key)) {
      keepLeaseCurrent(name);
      return;
    }
    JobDetail job =
        JobBuilder.newJob(DueWorkJob.class)
            .withIdentity(key)
            .usingJobData(DueWorkJob.WORK_NAME, name)
            .requestRecovery()
            .build();
    try {
      scheduler.scheduleJob(job, lease(name));
      LOG.info("Registered due-work loop {}", name);
    } catch (ObjectAlreadyExistsException raced) {
      // another instance registered it first
    }
  }
}
