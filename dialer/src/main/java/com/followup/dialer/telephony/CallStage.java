package com.followup.dialer.telephony;

/** Where a call is; a call only ever moves to a later stage. */
public enum CallStage {
  /** Recorded, not yet accepted by the provider. */
  PLACING,
  /** Accepted by the provider. */
  PLACED,
  RINGING,
  ANSWERED,
  /** Completed, not answered, busy or failed: nothing happens after this. */
  ENDED;

  public boolean isBefore(CallStage other) {
    return ordinal() < other.ordinal();
  }
}
