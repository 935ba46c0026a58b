package com.followup.dialer.telephony;

/**
 * Our id of one dial attempt, assigned before the call is placed ({@link CallAttempts#nextId()}).
 * It is the idempotency key of {@link Telephony#place}: placing the same attempt again never dials
 * a second time.
 */
public record AttemptId(long value) {

  public AttemptId {
    if (value <= 0) {
      throw new IllegalArgumentException("attempt id must be positive: " + value);
    }
  }

  public static AttemptId parse(String text) {
    try {
      return new AttemptId(Long.parseLong(text.trim()));
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("not an attempt id: '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
