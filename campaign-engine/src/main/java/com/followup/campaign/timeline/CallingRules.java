package com.followup.campaign.timeline;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When and how often a campaign may call, in the customer's local time.
 *
 * @param callingFrom first minute a call may start, local time
 * @param callingUntil a call may not start at or after this time, local time
 * @param holidays dates on which nobody is called
 * @param maxAttemptsPerDay dial attempts per contact and local day
 * @param maxAttemptsTotal dial attempts per contact and follow-up in total
 * @param retryAfterMinutes minutes to wait before the next attempt, per outcome ({@code NO_ANSWER},
 *     {@code BUSY}, {@code MACHINE}, {@code ABANDONED}); someone else answering or an agreed
 *     callback use the time given on the call
 */
@Serdeable
public record CallingRules(
    LocalTime callingFrom,
    LocalTime callingUntil,
    List<LocalDate> holidays,
    int maxAttemptsPerDay,
    int maxAttemptsTotal,
    Map<String, Integer> retryAfterMinutes) {

  static final Set<String> RETRY_OUTCOMES = Set.of("NO_ANSWER", "BUSY", "MACHINE", "ABANDONED");

  public CallingRules {
    Objects.requireNonNull(callingFrom, "callingFrom is required");
    Objects.requireNonNull(callingUntil, "callingUntil is required");
    if (!callingFrom.isBefore(callingUntil)) {
      throw new IllegalArgumentException("callingFrom must be before callingUntil");
    }
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    if (maxAttemptsPerDay < 1 || maxAttemptsTotal < maxAttemptsPerDay) {
      throw new IllegalArgumentException(
          "maxAttemptsPerDay must be at least 1 and at most maxAttemptsTotal");
    }
    retryAfterMinutes = retryAfterMinutes == null ? Map.of() : Map.copyOf(retryAfterMinutes);
    for (var entry : retryAfterMinutes.entrySet()) {
      if (!RETRY_OUTCOMES.contains(entry.getKey())) {
        throw new IllegalArgumentException(
            "retryAfterMinutes names an unknown outcome '"
                + entry.getKey()
                + "'; one of "
                + RETRY_OUTCOMES);
      }
      if (entry.getValue() == null || entry.getValue() < 1) {
        throw new IllegalArgumentException(
            "retryAfterMinutes." + entry.getKey() + " must be at least 1");
      }
    }
  }

  /** How long to wait after an outcome, if the campaign says. */
  public Optional<Duration> retryAfter(String outcome) {
    return Optional.ofNullable(retryAfterMinutes.get(outcome)).map(Duration::ofMinutes);
  }
}
