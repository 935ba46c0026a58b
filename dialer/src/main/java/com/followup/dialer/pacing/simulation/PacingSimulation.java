package com.followup.dialer.pacing.simulation;

import com.followup.dialer.pacing.AbandonmentBudget;
import com.followup.dialer.pacing.AnswerDelayDistribution;
import com.followup.dialer.pacing.HandleTimeDistribution;
import com.followup.dialer.pacing.PacingEstimates;
import com.followup.dialer.pacing.PacingEstimator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A discrete-event simulation of one campaign's pacing over whole days, deterministic for a seed.
 * The policy decides at every event and at least once a simulated second; the estimates it sees are
 * learned from the simulated outcomes, starting from a deliberately vague prior, and carry over
 * from day to day like the abandonment record does.
 */
public final class PacingSimulation {

  private static final int ROLLING_DAYS = 30;

  private PacingSimulation() {}

  public static SimulationReport run(SimulationConfig config, SimulatedPolicy policy) {
    SplittableRandom random = new SplittableRandom(config.seed());
    PacingEstimator estimator =
        new PacingEstimator(vaguePrior(config), PacingEstimator.HalfLives.defaults());
    List<DayReport> days = new ArrayList<>();
    for (int day = 0; day < config.days(); day++) {
      AbandonmentBudget earlier = earlierDays(days, config.abandonmentCap());
      days.add(new SimulatedDay(config, day, random, estimator, policy, earlier).run());
    }
    return new SimulationReport(days);
  }

  /** What a new campaign would start from: no knowledge of this list's answer rate or talk time. */
  private static PacingEstimates vaguePrior(SimulationConfig config) {
    return new PacingEstimates(
        0.2,
        AnswerDelayDistribution.uniform(0, (int) Math.ceil(config.noAnswerTimeoutSeconds())),
        config.noAnswerTimeoutSeconds(),
        new HandleTimeDistribution(150, 1.0));
  }

  /** The previous 29 days' abandonment, as the 30-day part of the budget before today starts. */
  private static AbandonmentBudget earlierDays(List<DayReport> days, double cap) {
    List<DayReport> window =
        days.subList(Math.max(0, days.size() - (ROLLING_DAYS - 1)), days.size());
    long abandoned = window.stream().mapToLong(DayReport::abandoned).sum();
    long answered = window.stream().mapToLong(DayReport::personAnswered).sum();
    return new AbandonmentBudget(0, 0, abandoned, answered, cap);
  }
}
