package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.telephony.AttemptId;
import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up call the dialer took from the dial queue, and what became of it on our side.
 *
 * @param call what the agent needs on the call
 * @param agent the agent reserved for it or bridged to it, if any
 * @param preview true when the agent saw it before it was placed (preview mode)
 * @param placed true once the telephony accepted it
 * @param outcome the outcome applied to the follow-up, once applied (only once)
 */
public record DialedCall(
    AttemptId attemptId,
    CallToPlace call,
    String agent,
    boolean preview,
    boolean placed,
    String outcome,
    Instant outcomeAt) {

  public DialedCall {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(call, "call");
  }

  public boolean settled() {
    return outcomeAt != null;
  }
}
