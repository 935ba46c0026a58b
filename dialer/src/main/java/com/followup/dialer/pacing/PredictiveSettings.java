package com.followup.dialer.pacing;

/**
 * Tuning of {@link PredictivePolicy}.
 *
 * @param minimumAgents below this many logged-in agents, pacing falls back to progressive
 * @param targetShareOfCap the share of the abandonment cap to aim at, leaving room for a bad day
 * @param lookaheadAnswers over about how many answers an over- or underspent budget is evened out
 * @param riskPerAllowedRate how the allowed abandonment rate turns into the highest acceptable
 *     chance that one more call, if answered, finds no agent
 * @param minimumRisk the acceptable chance even with the budget spent, so pacing never stalls
 * @param maximumRisk the acceptable chance however much budget is left, so slack is not squandered
 * @param connectLimitSeconds how long an answered call may wait for an agent before it counts as
 *     abandoned
 * @param maximumCallsInFlightPerAgent a hard ceiling on ringing calls per logged-in agent
 */
public record PredictiveSettings(
    int minimumAgents,
    double targetShareOfCap,
    double lookaheadAnswers,
    double riskPerAllowedRate,
    double minimumRisk,
    double maximumRisk,
    double connectLimitSeconds,
    int maximumCallsInFlightPerAgent) {

  public PredictiveSettings {
    if (minimumAgents < 1 || maximumCallsInFlightPerAgent < 1) {
      throw new IllegalArgumentException("agent threshold and in-flight ceiling must be >= 1");
    }
    if (!(targetShareOfCap > 0 && targetShareOfCap <= 1)) {
      throw new IllegalArgumentException("target share of cap must be in (0, 1]");
    }
    if (!(lookaheadAnswers >= 1) || !(riskPerAllowedRate > 0) || !(connectLimitSeconds >= 0)) {
      throw new IllegalArgumentException("lookahead, gain and connect limit must be positive");
    }
    if (!(minimumRisk >= 0 && minimumRisk <= maximumRisk && maximumRisk < 1)) {
      throw new IllegalArgumentException("need 0 <= minimum risk <= maximum risk < 1");
    }
  }

  public static PredictiveSettings defaults() {
    return new PredictiveSettings(10, 0.85, 120, 0.7, 0.002, 0.15, 2.0, 6);
  }

  /** The same settings with a different fallback threshold. */
  public PredictiveSettings withMinimumAgents(int agents) {
    return new PredictiveSettings(
        agents,
        targetShareOfCap,
        lookaheadAnswers,
        riskPerAllowedRate,
        minimumRisk,
        maximumRisk,
        connectLimitSeconds,
        maximumCallsInFlightPerAgent);
  }
}
