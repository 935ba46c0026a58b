package com.followup.admin.scheduling;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The clustered Quartz scheduler of this instance.
 *
 * @param enabled whether this instance runs scheduled jobs; an API-only instance sets it false and
 *     still shares the cluster's job store (variable FOLLOWUP_SCHEDULER_ENABLED)
 * @param name the cluster's scheduler name; every instance of one deployment uses the same
 * @param threads worker threads for jobs on this instance
 * @param checkinInterval how often this instance records that it is alive; an instance silent for
 *     longer has its in-flight jobs recovered by another
 * @param lease how long one instance drains a due-work loop before the cluster may hand it to
 *     another (the Quartz trigger period of each loop)
 * @param leaseHandover how long before the next lease the running loop stops, so the next firing is
 *     not blocked
 * @param idlePoll how often an idle loop looks for work another instance created
 */
@ConfigurationProperties("followup.scheduler")
public record SchedulerSettings(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "followup") String name,
    @Bindable(defaultValue = "10") int threads,
    @Bindable(defaultValue = "5s") Duration checkinInterval,
    @Bindable(defaultValue = "10m") Duration lease,
    @Bindable(defaultValue = "100ms") Duration leaseHandover,
    @Bindable(defaultValue = "1s") Duration idlePoll,
    @Bindable(defaultValue = "16s") Duration idlePollMax,
    @Bindable(defaultValue = "30s") Duration idleWait) {}
