package com.followup.admin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;

class DueWorkLeaseTest {

  @Test
  void a_changed_lease_period_applies_to_a_cluster_that_already_runs_the_loop() throws Exception {
    try (ApplicationContext first =
        ApplicationContext.run(
            Map.of(
                "followup.test.due-work.enabled",
                "true",
                "followup.scheduler.lease",
                "2s",
                "followup.scheduler.name",
                "due-work-lease-test"),
            Environment.TEST)) {
      assertThat(interval(first)).isEqualTo(2_000);
    }
    try (ApplicationContext restarted =
        ApplicationContext.run(
            Map.of(
                "followup.test.due-work.enabled",
                "true",
                "followup.scheduler.lease",
                "3s",
                "followup.scheduler.name",
                "due-work-lease-test"),
            Environment.TEST)) {
      assertThat(interval(restarted)).isEqualTo(3_000);
      restarted
          .getBean(Scheduler.class)
          .deleteJob(JobKey.jobKey("test-items", DueWorkRegistration.GROUP));
    }
  }

  private static long interval(ApplicationContext context) throws Exception {
    SimpleTrigger lease =
        (SimpleTrigger)
            context
                .getBean(Scheduler.class)
                .getTrigger(TriggerKey.triggerKey("test-items", DueWorkRegistration.GROUP));
    return lease.getRepeatInterval();
  }
}
