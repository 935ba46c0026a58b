package com.followup.dialer.messaging;

/**
 * Where a text is: written before it is sent (QUEUED), accepted by the carrier (SENT), then one
 * final state. A status only moves to a later rank, so a replayed or late callback (delivered
 * before sent) changes nothing.
 */
public enum TextStatus {
  QUEUED(0),
  SENT(1),
  DELIVERED(2),
  UNDELIVERED(2),
  FAILED(2);

  private final int rank;

  TextStatus(int rank) {
    this.rank = rank;
  }

  public boolean isFinal() {
    return rank == 2;
  }

  /** Whether a text in this status may move to {@code next}. */
  public boolean canMoveTo(TextStatus next) {
    return next.rank > rank;
  }
}
