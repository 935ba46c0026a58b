package com.followup.dialer.pacing;

import java.time.Instant;
import java.util.List;

/**
 * What the dialer knows about one campaign at a decision instant.
 *
 * @param at the decision instant, passed in by the caller's clock
 * @param readyAgents logged-in agents waiting for a call
 * @param busyAgentTalkSeconds for each agent on a call, how long that call has lasted so far
 * @param ringingCallSeconds for each placed call not yet answered, how long it has rung
 * @param answeredCallsAwaitingAgent person-answered calls still inside the connect limit, not yet
 *     bridged to an agent
 * @param estimates the live estimates of answer rate, answer delay and handle time
 * @param budget abandonment so far today and over the rolling 30 days
 */
public record PacingSnapshot(
    Instant at,
    int readyAgents,
    List<Double> busyAgentTalkSeconds,
    List<Double> ringingCallSeconds,
    int answeredCallsAwaitingAgent,
    PacingEstimates estimates,
    AbandonmentBudget budget) {

  public PacingSnapshot {
    if (at == null || estimates == null || budget == null) {
      throw new IllegalArgumentException("instant, estimates and budget are required");
    }
    if (readyAgents < 0 || answeredCallsAwaitingAgent < 0) {
      throw new IllegalArgumentException("agent and call counts must not be negative");
    }
    busyAgentTalkSeconds = elapsedTimes("talk", busyAgentTalkSeconds);
    ringingCallSeconds = elapsedTimes("ring", ringingCallSeconds);
  }

  /** Agents logged in to the campaign: ready plus busy. */
  public int loggedInAgents() {
    return readyAgents + busyAgentTalkSeconds.size();
  }

  private static List<Double> elapsedTimes(String what, List<Double> seconds) {
    if (seconds == null) {
      throw new IllegalArgumentException(what + " times are required");
    }
    for (Double s : seconds) {
      if (s == null || !(s >= 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException(what + " times must be finite and >= 0: " + s);
      }
    }
    return List.copyOf(seconds);
  }
}
