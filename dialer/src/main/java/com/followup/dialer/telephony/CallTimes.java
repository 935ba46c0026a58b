package com.followup.dialer.telephony;

import java.time.Instant;
import java.util.Objects;

/**
 * When an attempt reached each step; null for a step it has not reached. {@code announcedAt} is
 * when the call's recording announcement played to the person, just before the agent was bridged.
 */
public record CallTimes(
    Instant placedAt,
    Instant ringingAt,
    Instant answeredAt,
    Instant bridgedAt,
    Instant abandonedAt,
    Instant endedAt,
    Instant announcedAt) {

  public CallTimes {
    Objects.requireNonNull(placedAt, "placedAt");
  }

  static CallTimes placedAt(Instant at) {
    return new CallTimes(at, null, null, null, null, null, null);
  }

  CallTimes ringing(Instant at) {
    return new CallTimes(placedAt, at, answeredAt, bridgedAt, abandonedAt, endedAt, announcedAt);
  }

  CallTimes answered(Instant at) {
    return new CallTimes(placedAt, ringingAt, at, bridgedAt, abandonedAt, endedAt, announcedAt);
  }

  CallTimes bridged(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, at, abandonedAt, endedAt, announcedAt);
  }

  CallTimes announced(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, bridgedAt, abandonedAt, endedAt, at);
  }

  CallTimes abandoned(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, bridgedAt, at, endedAt, announcedAt);
  }

  CallTimes ended(Instant at) {
    return new CallTimes(placedAt, ringingAt, answeredAt, bridgedAt, abandonedAt, at, announcedAt);
  }
}
