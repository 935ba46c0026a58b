package com.followup.dialer.pacing;

import static com.followup.dialer.pacing.Snapshots.snapshot;
import static com.followup.dialer.pacing.Snapshots.talking;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PacingPolicyTest {

  private static final AbandonmentBudget SLACK = new AbandonmentBudget(0, 2000, 0, 40_000, 0.03);
  private final PacingPolicy preview = PacingPolicy.forMode(PacingMode.PREVIEW);
  private final PacingPolicy progressive = PacingPolicy.forMode(PacingMode.PROGRESSIVE);
  private final PacingPolicy predictive = PacingPolicy.forMode(PacingMode.PREDICTIVE);

  @Test
  void preview_places_nothing_however_many_agents_wait() {
    assertThat(preview.callsToPlace(snapshot(20, List.of(), List.of()))).isZero();
    assertThat(preview.callsToPlace(snapshot(50, talking(10, 170), List.of()))).isZero();
  }

  @Test
  void progressive_places_one_call_per_ready_agent_not_covered_by_a_call_in_flight() {
    PacingSnapshot fiveReadyTwoRinging = snapshot(5, talking(3, 60), List.of(1.0, 12.0));
    PacingSnapshot plusOneOnHold =
        new PacingSnapshot(
            Snapshots.NOON,
            5,
            talking(3, 60),
            List.of(1.0, 12.0),
            1,
            Snapshots.referenceEstimates(0.3),
            AbandonmentBudget.untouched());

    assertThat(progressive.callsToPlace(fiveReadyTwoRinging)).isEqualTo(3);
    assertThat(progressive.callsToPlace(plusOneOnHold)).isEqualTo(2);
    assertThat(progressive.callsToPlace(snapshot(2, List.of(), List.of(1.0, 2.0, 3.0)))).isZero();
  }

  @Test
  void predictive_dials_ahead_with_ten_agents_but_falls_back_to_progressive_below_ten() {
    PacingSnapshot tenAgents = snapshot(4, talking(6, 170), List.of(0.0, 0.0, 0.0, 0.0));
    PacingSnapshot nineAgents = snapshot(3, talking(6, 170), List.of(0.0, 0.0, 0.0));
    PacingPolicy lowThreshold =
        PacingPolicy.forMode(
            PacingMode.PREDICTIVE, PredictiveSettings.defaults().withMinimumAgents(5));

    assertThat(progressive.callsToPlace(tenAgents)).isZero();
    assertThat(predictive.callsToPlace(tenAgents)).isPositive();
    assertThat(predictive.callsToPlace(nineAgents)).isZero();
    assertThat(lowThreshold.callsToPlace(nineAgents)).isPositive();
  }

  @Test
  void predictive_dials_ahead_for_agents_who_have_talked_long_but_not_for_fresh_calls() {
    int forLongCalls = predictive.callsToPlace(snapshot(0, talking(40, 170), List.of(), SLACK));
    int forFreshCalls = predictive.callsToPlace(snapshot(0, talking(40, 1), List.of(), SLACK));

    assertThat(forFreshCalls).isZero();
    assertThat(forLongCalls).isPositive();
  }

  @Test
  void predictive_backs_off_when_todays_abandonment_is_at_the_cap_but_not_below_progressive() {
    List<Double> busy = List.of(20.0, 45.0, 90.0, 120.0, 150.0, 170.0, 200.0, 240.0, 300.0, 400.0);
    List<Double> ringing = List.of(0.0, 3.0, 6.0);
    AbandonmentBudget atCap = new AbandonmentBudget(90, 3000, 600, 40_000, 0.03);

    int relaxed = predictive.callsToPlace(snapshot(10, busy, ringing));
    int nearCap = predictive.callsToPlace(snapshot(10, busy, ringing, atCap));

    assertThat(nearCap).isLessThan(relaxed);
    assertThat(nearCap)
        .isGreaterThanOrEqualTo(progressive.callsToPlace(snapshot(10, busy, ringing)));
  }

  @Test
  void no_policy_places_a_negative_number_of_calls_or_dials_with_nobody_logged_in() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      PacingSnapshot any = randomSnapshot(random, random.nextInt(30), random.nextInt(30));
      PacingSnapshot nobody = randomSnapshot(random, 0, 0);
      for (PacingMode mode : PacingMode.values()) {
        PacingPolicy policy = PacingPolicy.forMode(mode);
        assertThat(policy.callsToPlace(any)).as("%s on %s", mode, any).isNotNegative();
        assertThat(policy.callsToPlace(nobody)).as("%s on %s", mode, nobody).isZero();
      }
    }
  }

  private static PacingSnapshot randomSnapshot(SplittableRandom random, int ready, int busy) {
    List<Double> talk = new ArrayList<>();
    for (int i = 0; i < busy; i++) {
      talk.add(random.nextDouble(0, 2000));
    }
    List<Double> ring = new ArrayList<>();
    for (int i = random.nextInt(60); i > 0; i--) {
      ring.add(random.nextDouble(0, 30));
    }
    long answered = random.nextLong(0, 5000);
    long abandoned = random.nextLong(0, answered + 1);
    return new PacingSnapshot(
        Snapshots.NOON,
        ready,
        talk,
        ring,
        random.nextInt(4),
        Snapshots.referenceEstimates(random.nextDouble(0.01, 1.0)),
        new AbandonmentBudget(abandoned, answered, abandoned * 3, answered * 3, 0.03));
  }
}
