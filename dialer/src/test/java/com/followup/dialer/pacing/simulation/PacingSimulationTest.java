package com.followup.dialer.pacing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.pacing.PacingPolicy;
import com.followup.dialer.pacing.PredictiveSettings;
import org.junit.jupiter.api.Test;

class PacingSimulationTest {

  private static final double CAP = 0.03;
  private static final SimulatedPolicy PROGRESSIVE =
      SimulatedPolicy.live(PacingPolicy.forMode(PacingMode.PROGRESSIVE));
  private static final SimulatedPolicy PREDICTIVE =
      SimulatedPolicy.live(PacingPolicy.forMode(PacingMode.PREDICTIVE));

  @Test
  void progressive_occupancy_matches_the_formula_within_one_point() {
    for (double p : new double[] {0.15, 0.30, 0.50}) {
      SimulationConfig config = SimulationConfig.reference(20, p, 4, 101);

      SimulationReport report = PacingSimulation.run(config, PROGRESSIVE);

      assertThat(report.occupancy())
          .as("p = %s", p)
          .isCloseTo(config.analyticProgressiveOccupancy(p), within(0.01));
      assertThat(report.abandoned()).isZero();
    }
  }

  @Test
  void predictive_beats_progressive_at_twenty_agents_while_no_day_exceeds_three_percent() {
    SimulationConfig config = SimulationConfig.reference(20, 0.30, 8, 202);

    SimulationReport predictive = PacingSimulation.run(config, PREDICTIVE);
    SimulationReport progressive = PacingSimulation.run(config, PROGRESSIVE);

    assertThat(predictive.occupancy()).isGreaterThan(progressive.occupancy() + 0.10);
    assertThat(predictive.abandonmentRate()).isLessThanOrEqualTo(CAP);
    assertThat(predictive.maxDailyAbandonmentRate()).isLessThanOrEqualTo(CAP);
  }

  @Test
  void predictive_stays_under_the_cap_when_the_answer_rate_jumps_mid_day() {
    AnswerRateProfile jump = AnswerRateProfile.jump(0.15, 0.50, 4 * 3600);
    for (int agents : new int[] {10, 20}) {
      SimulationConfig config =
          SimulationConfig.reference(agents, 0.15, 3, 303).withAnswerRate(jump);

      SimulationReport report = PacingSimulation.run(config, PREDICTIVE);

      assertThat(report.maxDailyAbandonmentRate()).as("%s agents", agents).isLessThanOrEqualTo(CAP);
      assertThat(report.occupancy())
          .as("%s agents, still dialing ahead", agents)
          .isGreaterThan(config.analyticProgressiveOccupancy(0.15));
    }
  }

  @Test
  void a_tighter_cap_is_kept_every_day() {
    SimulationConfig reference = SimulationConfig.reference(20, 0.30, 3, 404);
    SimulationConfig onePercent =
        new SimulationConfig(
            20, reference.answerRate(), 5, 20, 25, 180, 1.0, 2, 8 * 3600, 3, 404, 0.01);

    SimulationReport report = PacingSimulation.run(onePercent, PREDICTIVE);

    assertThat(report.maxDailyAbandonmentRate()).isLessThanOrEqualTo(0.01);
    assertThat(report.abandoned()).isPositive();
  }

  @Test
  void the_oracle_that_knows_when_agents_finish_does_better_than_predictive() {
    SimulationConfig config = SimulationConfig.reference(20, 0.30, 3, 505);

    SimulationReport oracle =
        PacingSimulation.run(config, SimulatedPolicy.oracle(PredictiveSettings.defaults()));
    SimulationReport predictive = PacingSimulation.run(config, PREDICTIVE);

    assertThat(oracle.occupancy()).isGreaterThan(predictive.occupancy());
    assertThat(oracle.maxDailyAbandonmentRate()).isLessThanOrEqualTo(CAP);
  }

  @Test
  void the_same_seed_gives_the_same_days_and_another_seed_different_ones() {
    SimulationConfig config = SimulationConfig.reference(12, 0.30, 1, 606);
    SimulationConfig otherSeed = SimulationConfig.reference(12, 0.30, 1, 607);

    assertThat(PacingSimulation.run(config, PREDICTIVE))
        .isEqualTo(PacingSimulation.run(config, PREDICTIVE))
        .isNotEqualTo(PacingSimulation.run(otherSeed, PREDICTIVE));
  }

  @Test
  void preview_without_anyone_dialing_by_hand_leaves_agents_idle() {
    SimulationReport report =
        PacingSimulation.run(
            SimulationConfig.reference(10, 0.30, 1, 707),
            SimulatedPolicy.live(PacingPolicy.forMode(PacingMode.PREVIEW)));

    assertThat(report.dials()).isZero();
    assertThat(report.occupancy()).isZero();
  }
}
