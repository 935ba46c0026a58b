package com.followup.campaign.timeline;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One follow-up call of a campaign: its window counted in days from the record's event time, and
 * how many attempts it may take.
 *
 * @param step 1, 2, 3 … in order
 * @param opensAfterDays the window opens this many days after the event (0 = at once)
 * @param deadlineDays the call must be made within this many days of the event
 * @param maxAttempts dial attempts allowed for this step
 */
@Serdeable
public record TimelineStep(int step, int opensAfterDays, int deadlineDays, int maxAttempts) {

  public TimelineStep {
    if (step < 1) {
      throw new IllegalArgumentException("step numbers start at 1");
    }
    if (opensAfterDays < 0) {
      throw new IllegalArgumentException("step " + step + ": opensAfterDays must not be negative");
    }
    if (deadlineDays <= opensAfterDays) {
      throw new IllegalArgumentException(
          "step " + step + ": deadlineDays must be after opensAfterDays");
    }
    if (maxAttempts < 1 || maxAttempts > 50) {
      throw new IllegalArgumentException("step " + step + ": maxAttempts must be 1 to 50");
    }
  }
}
