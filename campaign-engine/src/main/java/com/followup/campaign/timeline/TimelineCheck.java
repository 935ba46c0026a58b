package com.followup.campaign.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a draft must satisfy before it is dry-run or saved, beyond what each part checks on its own:
 * steps that follow each other without overlapping (one contact is never dialed by two steps at
 * once), and holidays that leave every step's window some calling day. Not checked when a stored
 * version is read: versions saved before these rules stay readable for the follow-ups planned under
 * them.
 */
public final class TimelineCheck {

  private TimelineCheck() {}

  /** Every problem of the draft; empty when it may be dry-run and saved. */
  public static List<TimelineProblem> problems(CampaignTimeline draft) {
    List<TimelineProblem> problems = new ArrayList<>();
    List<TimelineStep> steps = draft.steps();
    for (int i = 1; i < steps.size(); i++) {
      TimelineStep before = steps.get(i - 1);
      TimelineStep step = steps.get(i);
      if (step.opensAfterDays() < before.deadlineDays()) {
        problems.add(
            TimelineProblem.of(
                "steps." + step.step() + ".opensAfterDays",
                "stepsOverlap",
                "step "
                    + step.step()
                    + " opens on day "
                    + step.opensAfterDays()
                    + ", before step "
                    + before.step()
                    + " ends on day "
                    + before.deadlineDays()
                    + ": steps must not overlap",
                step.step(),
                step.opensAfterDays(),
                before.step(),
                before.deadlineDays()));
      }
    }
    problems.addAll(com.followup.campaign.sms.SmsTemplate.problems(draft));
    // an SLA callback's window is its target's, not the step's: holidays cannot be weighed here
    if (draft.recordType() != null) {
      blockedWindow(steps, draft.callingRules().holidays()).ifPresent(problems::add);
    }
    return problems;
  }

  /** Refuses a draft with any problem, naming them all. */
  public static void require(CampaignTimeline draft) {
    InvalidTimeline.throwIfAny(problems(draft));
  }

  /**
   * A window of n days always holds n local dates with some calling time (the dates between its
   * ends, and at least one of its partial first and last days), and a record arriving at midnight
   * has exactly n: so n holidays in a row block every calling day of such a window.
   */
  private static Optional<TimelineProblem> blockedWindow(
      List<TimelineStep> steps, List<LocalDate> holidays) {
    TimelineStep shortest = steps.get(0);
    for (TimelineStep step : steps) {
      if (days(step) < days(shortest)) {
        shortest = step;
      }
    }
    int run = 0;
    for (int i = 0; i < holidays.size(); i++) {
      run = i > 0 && holidays.get(i - 1).plusDays(1).equals(holidays.get(i)) ? run + 1 : 1;
      if (run >= days(shortest)) {
        LocalDate first = holidays.get(i - run + 1);
        LocalDate last = holidays.get(i);
        return Optional.of(
            TimelineProblem.of(
                "callingRules.holidays",
                "holidaysBlockWindow",
                "the holidays from "
                    + first
                    + " to "
                    + last
                    + " cover every day of step "
                    + shortest.step()
                    + "’s "
                    + days(shortest)
                    + "-day window: a record arriving then could never be called",
                first,
                last,
                shortest.step(),
                days(shortest)));
      }
    }
    return Optional.empty();
  }

  private static int days(TimelineStep step) {
    return step.deadlineDays() - step.opensAfterDays();
  }
}
