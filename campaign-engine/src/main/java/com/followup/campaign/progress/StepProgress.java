package com.followup.campaign.progress;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many follow-ups of one campaign step of a dealer are in each status now.
 *
 * @param missedLate of {@code missed}, those missed because the dealer reported the record after
 *     the step's deadline ({@code LATE_RECORD})
 */
@Serdeable
public record StepProgress(
    String campaign,
    int step,
    long scheduled,
    long due,
    long dialing,
    long completed,
    long missed,
    long missedLate,
    long cancelled) {

  public StepProgress {
    if (campaign == null || campaign.isBlank() || step < 1) {
      throw new IllegalArgumentException("a step progress needs a campaign and a step ≥ 1");
    }
    if (missedLate > missed) {
      throw new IllegalArgumentException("more missed late than missed: " + missedLate);
    }
  }

  /** Every follow-up of the step. */
  public long total() {
    return scheduled + due + dialing + completed + missed + cancelled;
  }

  /** No counts yet: the start of a step's sums. */
  static StepProgress none(String campaign, int step) {
    return new StepProgress(campaign, step, 0, 0, 0, 0, 0, 0, 0);
  }

  /** These counts with {@code n} more follow-ups in {@code status} ({@code late}: missed late). */
  StepProgress plus(String status, boolean late, long n) {
    return switch (status) {
      case "SCHEDULED" ->
          new StepProgress(
              campaign,
              step,
              scheduled + n,
              due,
              dialing,
              completed,
              missed,
              missedLate,
              cancelled);
      case "DUE" ->
          new StepProgress(
              campaign,
              step,
              scheduled,
              due + n,
              dialing,
              completed,
              missed,
              missedLate,
              cancelled);
      case "DIALING" ->
          new StepProgress(
              campaign,
              step,
              scheduled,
              due,
              dialing + n,
              completed,
              missed,
              missedLate,
              cancelled);
      case "COMPLETED" ->
          new StepProgress(
              campaign,
              step,
              scheduled,
              due,
              dialing,
              completed + n,
              missed,
              missedLate,
              cancelled);
      case "MISSED" ->
          new StepProgress(
              campaign,
              step,
              scheduled,
              due,
              dialing,
              completed,
              missed + n,
              late ? missedLate + n : missedLate,
              cancelled);
      case "CANCELLED" ->
          new StepProgress(
              campaign,
              step,
              scheduled,
              due,
              dialing,
              completed,
              missed,
              missedLate,
              cancelled + n);
      default -> throw new IllegalArgumentException("unknown status " + status);
    };
  }
}
