package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One version of a campaign's timeline: its steps and calling rules. Versions are never changed; a
 * change is the next version.
 */
@Serdeable
public record CampaignTimeline(
    String code,
    int version,
    String name,
    @Nullable String recordType,
    List<TimelineStep> steps,
    CallingRules callingRules,
    @Nullable Instant createdAt,
    @Nullable String createdBy,
    @Nullable Survey survey) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  public CampaignTimeline {
    List<TimelineProblem> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(
          TimelineProblem.of(
              "code", "codeFormat", "campaign code must be 1 to 32 of a-z, 0-9 and '-'"));
    }
    if (name == null || name.isBlank()) {
      problems.add(TimelineProblem.of("name", "required", "name is required", "name"));
    }
    if (steps == null || steps.isEmpty() || steps.stream().anyMatch(java.util.Objects::isNull)) {
      problems.add(
          TimelineProblem.of(
              "steps", "stepsRequired", "a campaign needs at least one step, and no empty one"));
    } else {
      steps = List.copyOf(steps);
      stepOrder(steps, problems);
    }
    if (callingRules == null) {
      problems.add(
          TimelineProblem.of(
              "callingRules", "required", "callingRules is required", "callingRules"));
    }
    InvalidTimeline.throwIfAny(problems);
  }

  private static void stepOrder(List<TimelineStep> steps, List<TimelineProblem> problems) {
    for (int i = 0; i < steps.size(); i++) {
      TimelineStep step = steps.get(i);
      if (step.step() != i + 1) {
        problems.add(
            TimelineProblem.of(
                "steps", "stepNumbering", "steps must be numbered 1, 2, 3 … in order"));
        return;
      }
      if (i > 0 && step.deadlineDays() <= steps.get(i - 1).deadlineDays()) {
        problems.add(
            TimelineProblem.of(
                "steps." + step.step() + ".deadlineDays",
                "endsBeforePrevious",
                "step " + step.step() + " must end after step " + i + " ends",
                step.step(),
                i,
                steps.get(i - 1).deadlineDays()));
      }
    }
  }

  /** A timeline without a survey. */
  public CampaignTimeline(
      String code,
      int version,
      String name,
      @Nullable String recordType,
      List<TimelineStep> steps,
      CallingRules callingRules,
      @Nullable Instant createdAt,
      @Nullable String createdBy) {
    this(code, version, name, recordType, steps, callingRules, createdAt, createdBy, null);
  }

  /** The same timeline as the next version, made by {@code by} at {@code at}. */
  CampaignTimeline asVersion(int next, Instant at, String by) {
    return new CampaignTimeline(code, next, name, recordType, steps, callingRules, at, by, survey);
  }
}
