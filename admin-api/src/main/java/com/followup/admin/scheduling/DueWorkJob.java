package com.followup.admin.scheduling;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * One lease on one {@link DueWork}: Quartz fires it every lease period on whichever instance
 * acquires the trigger, never on two at once, and it drains the work until just before the next
 * firing. A dead instance's lease returns to the cluster through Quartz's recovery; a stopping
 * instance's loops are stopped, and their leases handed back, by {@link DueWorkRegistration}.
 */
@Prototype
@DisallowConcurrentExecution
class DueWorkJob implements Job {

  static final String WORK_NAME = "work";

  private final BeanContext beans;
  private final Clock clock;
  private final SchedulerSettings settings;
  private final DueWorkRegistration registration;

  DueWorkJob(
      BeanContext beans,
      Clock clock,
      SchedulerSettings settings,
      DueWorkRegistration registration) {
    this.beans = beans;
    this.clock = clock;
    this.settings = settings;
    this.registration = registration;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String name = context.getMergedJobDataMap().getString(WORK_NAME);
    DueWork work =
        beans.getBeansOfType(DueWork.class).stream()
            .filter(candidate -> candidate.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new JobExecutionException("no DueWork named " + name));
    Instant nextFire =
        context.getNextFireTime() == null
            ? clock.instant().plus(settings.lease())
            : context.getNextFireTime().toInstant();
    DueWorkLoop loop = new DueWorkLoop(work, clock, settings.idlePoll(), settings.idlePollMax());
    try {
      registration.run(name, loop, nextFire.minus(settings.leaseHandover()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
