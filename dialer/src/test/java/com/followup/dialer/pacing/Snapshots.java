package com.followup.dialer.pacing;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** Snapshots for policy tests, with the reference campaign's true rates as estimates. */
final class Snapshots {

  static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  private Snapshots() {}

  static PacingEstimates referenceEstimates(double answerRate) {
    return new PacingEstimates(
        answerRate,
        AnswerDelayDistribution.uniform(5, 20),
        25,
        new HandleTimeDistribution(180, 1.0));
  }

  static PacingSnapshot snapshot(
      int ready, List<Double> talkSeconds, List<Double> ringSeconds, AbandonmentBudget budget) {
    return new PacingSnapshot(
        NOON, ready, talkSeconds, ringSeconds, 0, referenceEstimates(0.3), budget);
  }

  static PacingSnapshot snapshot(int ready, List<Double> talkSeconds, List<Double> ringSeconds) {
    return snapshot(ready, talkSeconds, ringSeconds, AbandonmentBudget.untouched());
  }

  /** {@code agents} busy agents who have all talked for {@code seconds}. */
  static List<Double> talking(int agents, double seconds) {
    return Collections.nCopies(agents, seconds);
  }
}
