package com.followup.campaign.dispatch;

/** The calling rule that holds a follow-up back from being dialed now, or ends it. */
public enum HoldRule {
  /** The step's deadline has passed. */
  DEADLINE_PASSED,
  /** The number is on the do-not-call list. */
  DO_NOT_CALL,
  /** The step used all its attempts (the step's or the campaign's total, whichever is lower). */
  ATTEMPT_LIMIT,
  /** The contact was already dialed as often as a local day allows. */
  DAILY_LIMIT,
  /** It is a holiday in the customer's calendar. */
  HOLIDAY,
  /** Outside calling hours in the customer's zone. */
  OUTSIDE_CALLING_HOURS,
  /** The customer's zone is not known, so calling hours cannot be checked. */
  UNKNOWN_ZONE,
  /** Another dial path to the same contact is open. */
  CONTACT_BUSY,
  /** An automated call or text, and the customer did not agree to them (nor is it exempt). */
  NO_CONSENT,
  /** The number opted out of the step's channel (a STOP reply, for texts). */
  OPTED_OUT;

  /**
   * Whether the rule ends only this step, not the customer's timeline: a text that may not be sent
   * leaves the agent's call after it to be made.
   */
  public boolean endsOnlyTheStep() {
    return this == NO_CONSENT || this == OPTED_OUT;
  }
}
