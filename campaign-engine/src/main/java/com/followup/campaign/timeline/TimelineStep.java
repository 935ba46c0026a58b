package com.followup.campaign.timeline;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

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
    List<TimelineProblem> problems = new ArrayList<>();
    String at = "steps." + step + ".";
    if (step < 1) {
      problems.add(TimelineProblem.of("steps", "stepNumber", "step numbers start at 1"));
    }
    if (opensAfterDays < 0) {
      problems.add(
          TimelineProblem.of(
              at + "opensAfterDays",
              "opensNegative",
              "step " + step + ": opensAfterDays must not be negative",
              step));
    }
    if (deadlineDays <= opensAfterDays) {
      problems.add(
          TimelineProblem.of(
              at + "deadlineDays",
              "deadlineNotAfterOpening",
              "step " + step + ": deadlineDays must be after opensAfterDays",
              step,
              opensAfterDays));
    }
    if (maxAttempts < 1 || maxAttempts > 50) {
      problems.add(
          TimelineProblem.of(
              at + "maxAttempts",
              "attemptsRange",
              "step " + step + ": maxAttempts must be 1 to 50",
              step));
    }
    InvalidTimeline.throwIfAny(problems);
  }
}
