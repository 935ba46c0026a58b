package com.followup.dialer.pacing;

import java.util.List;

/**
 * Forecasts agents finishing from how long each has already talked: each busy agent is an
 * independent chance P(T ≤ a + t | T > a) under the lognormal handle-time estimate.
 */
final class TalkTimeReleaseForecast implements AgentReleaseForecast {

  private final List<HandleTimeDistribution.Conditional> busyAgents;

  TalkTimeReleaseForecast(PacingSnapshot snapshot) {
    HandleTimeDistribution handle = snapshot.estimates().handleTime();
    double mu = handle.logMean();
    double sigma = handle.logSd();
    this.busyAgents =
        snapshot.busyAgentTalkSeconds().stream()
            .map(talked -> new HandleTimeDistribution.Conditional(mu, sigma, talked))
            .toList();
  }

  @Override
  public Release within(double seconds) {
    double expected = 0;
    double variance = 0;
    for (HandleTimeDistribution.Conditional agent : busyAgents) {
      double q = agent.endsWithin(seconds);
      expected += q;
      variance += q * (1 - q);
    }
    return new Release(expected, variance);
  }
}
