package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One version of a campaign's timeline: its steps and calling rules. Versions are never changed; a
 * change is the next version.
 *
 * @param consentExemption why the campaign's automated calls and texts may reach customers who did
 *     not consent (informational, no marketing); null when they need consent
 * @param survey what the campaign's survey calls ({@code VOICE_SURVEY} steps) ask; null when it has
 *     none
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
    @Nullable String consentExemption,
    @Nullable Survey survey) {

  /** A timeline whose automated steps, if any, need the customer's consent. */
  public CampaignTimeline(
      String code,
      int version,
      String name,
      @Nullable String recordType,
      List<TimelineStep> steps,
      CallingRules callingRules,
      @Nullable Instant createdAt,
      @Nullable String createdBy) {
    this(code, version, name, recordType, steps, callingRules, createdAt, createdBy, null, null);
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
      @Nullable String createdBy,
      @Nullable String consentExemption) {
    this(
        code,
        version,
        name,
        recordType,
        steps,
        callingRules,
        createdAt,
        createdBy,
        consentExemption,
        null);
  }

  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  @Creator
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
      surveySteps(steps, survey, problems);
    }
    if (callingRules == null) {
      problems.add(
          TimelineProblem.of(
              "callingRules", "required", "callingRules is required", "callingRules"));
    }
    if (consentExemption != null) {
      consentExemption = consentExemption.isBlank() ? null : consentExemption.strip();
      if (consentExemption != null && consentExemption.length() > 500) {
        problems.add(
            TimelineProblem.of(
                "consentExemption",
                "exemptionLength",
                "consentExemption must be at most 500 characters"));
      }
    }
    InvalidTimeline.throwIfAny(problems);
  }

  /** Whether automated calls and texts may reach customers who did not consent. */
  public boolean exemptFromConsent() {
    return consentExemption != null;
  }

  private static void surveySteps(
      List<TimelineStep> steps, Survey survey, List<TimelineProblem> problems) {
    if (survey != null) {
      return;
    }
    steps.stream()
        .filter(s -> s.channel() == StepChannel.VOICE_SURVEY)
        .findFirst()
        .ifPresent(
            s ->
                problems.add(
                    TimelineProblem.of(
                        "steps." + s.step() + ".channel",
                        "surveyRequired",
                        "step " + s.step() + " is a survey call: the campaign needs a survey",
                        s.step())));
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

  /** The same timeline as the next version, made by {@code by} at {@code at}. */
  CampaignTimeline asVersion(int next, Instant at, String by) {
    return new CampaignTimeline(
        code, next, name, recordType, steps, callingRules, at, by, consentExemption, survey);
  }
}
