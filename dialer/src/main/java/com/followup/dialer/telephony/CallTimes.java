package com.followup.dialer.telephony;

import java.time.Instant;
import java.util.Objects;

/** When an attempt reached each step; null for a step it has not reached. */
public record CallTimes(
    Instant placedAt,
    Instant ringingAt,
    Instant answeredAt,
    Instant bridgedAt,
    Instant abandonedAt,
    Instant endedAt) {

  public CallTimes {
    Objects.requireNonNull(placedAt, "placedAt");
  }

  static CallTimes placedAt(Instant at) {
    return new CallTimes(at, null, null, null, null, null);
  }

  CallTimes ringing(Instant at) {
    return new CallTimes(placedAt, at, answeredAt, bridgedAt, abandonedAt, endedAt);
  }

  CallTimes answered(Instant at) {
    return new CallTimes(placedAt, ringingAt, at, bridgedAt, abandonedAt, endedAt);
  }

  CallTimes bridged(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, at, abandonedAt, endedAt);
  }

  CallTimes abandoned(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, bridgedAt, at, endedAt);
  }

  CallTimes ended(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, bridgedAt, abandonedAt, at);
  }
}
