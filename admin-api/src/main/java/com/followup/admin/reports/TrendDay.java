package com.followup.admin.reports;

import java.time.LocalDate;

/**
 * One day of a dashboard's 30-day trend, in the centre's zone. A rate is null when the day has
 * nothing to divide by, and so is every figure the scope does not record (see {@link ReportScope}).
 *
 * @param overCap the day's abandonment rate is above the cap
 * @param completionRate completed within window / all steps that ended that day
 */
public record TrendDay(
    LocalDate day,
    long dials,
    Double connectRate,
    Double rightPartyContactRate,
    Double abandonmentRate,
    boolean overCap,
    Double slaCompliance,
    long slaBreaches,
    long completedInWindow,
    Double completionRate) {}
