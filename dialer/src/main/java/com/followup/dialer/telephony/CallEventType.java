package com.followup.dialer.telephony;

/** The kinds of {@link CallEvent}, in the order a call moves through them. */
public enum CallEventType {
  RINGING(CallStage.RINGING),
  ANSWERED(CallStage.ANSWERED),
  COMPLETED(CallStage.ENDED),
  NO_ANSWER(CallStage.ENDED),
  BUSY(CallStage.ENDED),
  FAILED(CallStage.ENDED);

  private final CallStage stage;

  CallEventType(CallStage stage) {
    this.stage = stage;
  }

  /** The stage a call reaches with this event. */
  public CallStage stage() {
    return stage;
  }

  public boolean isTerminal() {
    return stage == CallStage.ENDED;
  }
}
