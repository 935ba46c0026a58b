package com.followup.admin.scheduling;

import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Creates every Quartz job as a Micronaut bean, so jobs get their collaborators injected. */
@Singleton
class BeanJobFactory implements JobFactory {

  private final BeanContext beans;

  BeanJobFactory(BeanContext beans) {
    this.beans = beans;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    try {
      return create(type);
    } catch (RuntimeException e) {
      throw new SchedulerException("cannot create job " + type.getName(), e);
    }
  }

  private <T extends Job> T create(Class<T> type) {
    return beans.findBean(type).orElseGet(() -> beans.createBean(type));
  }
}
