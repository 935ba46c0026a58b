package com.followup.dialer.pacing;

import static com.followup.dialer.pacing.Snapshots.NOON;
import static com.followup.dialer.pacing.Snapshots.referenceEstimates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingSnapshotTest {

  private static final AbandonmentBudget CLEAN = AbandonmentBudget.untouched();

  @Test
  void negative_ready_agents_are_rejected() {
    assertThatThrownBy(
            () ->
                new PacingSnapshot(
                    NOON, -1, List.of(), List.of(), 0, referenceEstimates(0.3), CLEAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negative_or_unknown_elapsed_times_are_rejected() {
    List<Double> negative = List.of(-1.0);
    List<Double> notANumber = List.of(Double.NaN);
    List<Double> missing = Arrays.asList(3.0, null);
    for (List<Double> bad : List.of(negative, notANumber, missing)) {
      assertThatThrownBy(
              () -> new PacingSnapshot(NOON, 1, bad, List.of(), 0, referenceEstimates(0.3), CLEAN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> new PacingSnapshot(NOON, 1, List.of(), bad, 0, referenceEstimates(0.3), CLEAN))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void missing_instant_estimates_or_budget_are_rejected() {
    assertThatThrownBy(
            () ->
                new PacingSnapshot(
                    null, 1, List.of(), List.of(), 0, referenceEstimates(0.3), CLEAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PacingSnapshot(NOON, 1, List.of(), List.of(), 0, null, CLEAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PacingSnapshot(NOON, 1, List.of(), List.of(), 0, referenceEstimates(0.3), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PacingSnapshot(
                    NOON, 1, List.of(), List.of(), -2, referenceEstimates(0.3), CLEAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void later_changes_to_the_callers_lists_do_not_reach_the_snapshot() {
    List<Double> talk = new ArrayList<>(List.of(10.0, 20.0));
    PacingSnapshot snapshot =
        new PacingSnapshot(NOON, 3, talk, List.of(), 0, referenceEstimates(0.3), CLEAN);
    talk.add(30.0);

    assertThat(snapshot.busyAgentTalkSeconds()).containsExactly(10.0, 20.0);
    assertThat(snapshot.loggedInAgents()).isEqualTo(5);
  }

  @Test
  void a_budget_with_more_abandoned_than_answered_or_today_outside_the_30_days_is_rejected() {
    assertThatThrownBy(() -> new AbandonmentBudget(5, 4, 5, 4, 0.03))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AbandonmentBudget(1, 100, 0, 50, 0.03))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AbandonmentBudget(0, 0, 0, 0, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AbandonmentBudget(3, 100, 30, 2000, 0.03).rateToday()).isEqualTo(0.03);
  }

  @Test
  void estimates_reject_impossible_rates_and_durations() {
    AnswerDelayDistribution delay = AnswerDelayDistribution.uniform(5, 20);
    HandleTimeDistribution handle = new HandleTimeDistribution(180, 1);
    assertThatThrownBy(() -> new PacingEstimates(0.0, delay, 25, handle))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PacingEstimates(1.2, delay, 25, handle))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PacingEstimates(0.3, delay, 0, handle))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandleTimeDistribution(-180, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnswerDelayDistribution.fromBinWeights(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
