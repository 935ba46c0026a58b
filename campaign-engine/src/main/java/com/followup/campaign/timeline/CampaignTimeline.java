package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    @Nullable String createdBy) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  public CampaignTimeline {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("campaign code must be 1 to 32 of a-z, 0-9 and '-'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (steps == null || steps.isEmpty()) {
      throw new IllegalArgumentException("a campaign needs at least one step");
    }
    steps = List.copyOf(steps);
    for (int i = 0; i < steps.size(); i++) {
      TimelineStep step = steps.get(i);
      if (step.step() != i + 1) {
        throw new IllegalArgumentException("steps must be numbered 1, 2, 3 … in order");
      }
      if (i > 0 && step.deadlineDays() <= steps.get(i - 1).deadlineDays()) {
        throw new IllegalArgumentException(
            "step " + step.step() + " must end after step " + (i) + " ends");
      }
    }
    Objects.requireNonNull(callingRules, "callingRules is required");
  }

  /** The same timeline as the next version, made by {@code by} at {@code at}. */
  CampaignTimeline asVersion(int next, Instant at, String by) {
    return new CampaignTimeline(code, next, name, recordType, steps, callingRules, at, by);
  }
}
