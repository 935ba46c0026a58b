package com.followup.campaign.timeline;

/** How a campaign step reaches the customer. */
public enum StepChannel {
  /** An agent calls (the dialer's pacing loops). */
  AGENT,
  /** An automated call plays the campaign's survey; pressing 0 reaches an agent. */
  VOICE_SURVEY,
  /** A text message from the step's template; a delivered text completes the step. */
  SMS;

  /** Whether the step runs without an agent, and so reaches only customers who consented. */
  public boolean agentless() {
    return this != AGENT;
  }
}
