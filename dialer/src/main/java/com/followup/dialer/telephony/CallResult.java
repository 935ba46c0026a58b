package com.followup.dialer.telephony;

/**
 * How an attempt went; fields are null until known.
 *
 * @param outcome the terminal event
 * @param amdResult who answered
 * @param durationSeconds how long the call was connected, as the provider counts it
 * @param talkSeconds how long the customer talked with the agent (bridge to end)
 * @param wrapUpSeconds the agent's after-call work
 * @param failureReason why a FAILED call failed
 */
public record CallResult(
    CallEventType outcome,
    AnsweredBy amdResult,
    Integer durationSeconds,
    Integer talkSeconds,
    Integer wrapUpSeconds,
    String failureReason) {

  static final CallResult NONE = new CallResult(null, null, null, null, null, null);

  CallResult answeredBy(AnsweredBy by) {
    return new CallResult(outcome, by, durationSeconds, talkSeconds, wrapUpSeconds, failureReason);
  }

  CallResult ended(CallEventType type, Integer duration, Integer talk, String reason) {
    return new CallResult(type, amdResult, duration, talk, wrapUpSeconds, reason);
  }

  CallResult wrapUp(int seconds) {
    return new CallResult(outcome, amdResult, durationSeconds, talkSeconds, seconds, failureReason);
  }
}
