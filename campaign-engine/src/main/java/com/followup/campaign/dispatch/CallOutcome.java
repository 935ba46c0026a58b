package com.followup.campaign.dispatch;

/** How a follow-up call ended, from the agent or from the telephony. */
public enum CallOutcome {
  /** The owner was reached and the step done. */
  COMPLETED,
  /** The owner was reached and declined; no further steps. */
  REFUSED,
  /** The number is not the customer's; no further steps on it. */
  WRONG_NUMBER,
  /** Someone else answered and gave a time to call again ({@code callbackAt}). */
  WRONG_PERSON,
  /** The owner asked to be called at another time ({@code callbackAt}). */
  CALL_BACK,
  /** Nobody answered. */
  NO_ANSWER,
  BUSY,
  /** An answering machine took the call. */
  MACHINE,
  /** A person answered but no agent was free in time. */
  ABANDONED,
  /** A text the carrier could not deliver: counted as an attempt and retried. */
  UNDELIVERED,
  /** The call could not be placed at all (telephony error): not counted as an attempt. */
  FAILED;

  /** Whether the customer gave a time to call again. */
  public boolean needsCallbackTime() {
    return this == WRONG_PERSON || this == CALL_BACK;
  }
}
