package com.followup.dialer.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a call, as the provider reported it.
 *
 * @param attemptId our attempt
 * @param providerCallId the provider's id of the call; null for a call that was never placed
 * @param type what happened
 * @param at when it happened
 * @param answeredBy for {@link CallEventType#ANSWERED}: the answering-machine detection result
 * @param duration for {@link CallEventType#COMPLETED}: how long the call was connected
 * @param reason for {@link CallEventType#FAILED}: why
 */
public record CallEvent(
    AttemptId attemptId,
    String providerCallId,
    CallEventType type,
    Instant at,
    AnsweredBy answeredBy,
    Duration duration,
    String reason) {

  public CallEvent {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    if ((type == CallEventType.ANSWERED) != (answeredBy != null)) {
      throw new IllegalArgumentException("answeredBy goes with ANSWERED, and only with it");
    }
    if ((type == CallEventType.COMPLETED) != (duration != null)) {
      throw new IllegalArgumentException("duration goes with COMPLETED, and only with it");
    }
  }

  public static CallEvent ringing(AttemptId attempt, String callId, Instant at) {
    return new CallEvent(attempt, callId, CallEventType.RINGING, at, null, null, null);
  }

  public static CallEvent answered(AttemptId attempt, String callId, Instant at, AnsweredBy by) {
    return new CallEvent(attempt, callId, CallEventType.ANSWERED, at, by, null, null);
  }

  public static CallEvent completed(AttemptId attempt, String callId, Instant at, Duration d) {
    return new CallEvent(attempt, callId, CallEventType.COMPLETED, at, null, d, null);
  }

  public static CallEvent noAnswer(AttemptId attempt, String callId, Instant at) {
    return new CallEvent(attempt, callId, CallEventType.NO_ANSWER, at, null, null, null);
  }

  public static CallEvent busy(AttemptId attempt, String callId, Instant at) {
    return new CallEvent(attempt, callId, CallEventType.BUSY, at, null, null, null);
  }

  public static CallEvent failed(AttemptId attempt, String callId, Instant at, String reason) {
    return new CallEvent(attempt, callId, CallEventType.FAILED, at, null, null, reason);
  }
}
