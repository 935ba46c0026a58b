package com.followup.dialer.pacing;

/**
 * Progressive dialing: exactly one call per ready agent that no ringing or just-answered call is
 * already meant for. It can never abandon a call, because answers never outnumber ready agents.
 */
public record ProgressivePolicy() implements PacingPolicy {

  @Override
  public int callsToPlace(PacingSnapshot snapshot) {
    int covered = snapshot.ringingCallSeconds().size() + snapshot.answeredCallsAwaitingAgent();
    return Math.max(0, snapshot.readyAgents() - covered);
  }
}
