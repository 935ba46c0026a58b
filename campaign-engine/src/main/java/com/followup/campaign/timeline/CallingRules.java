package com.followup.campaign.timeline;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

  /** The outcomes a campaign may set a retry wait for, in the order consoles list them. */
  public static final List<String> RETRY_OUTCOMES =
      List.of("NO_ANSWER", "BUSY", "MACHINE", "ABANDONED");

  public CallingRules {
    List<TimelineProblem> problems = new ArrayList<>();
    if (callingFrom == null) {
      problems.add(
          TimelineProblem.of(
              "callingRules.callingFrom", "required", "callingFrom is required", "callingFrom"));
    }
    if (callingUntil == null) {
      problems.add(
          TimelineProblem.of(
              "callingRules.callingUntil", "required", "callingUntil is required", "callingUntil"));
    }
    if (callingFrom != null && callingUntil != null && !callingFrom.isBefore(callingUntil)) {
      problems.add(
          TimelineProblem.of(
              "callingRules.callingUntil",
              "callingHoursNeverOpen",
              "callingFrom must be before callingUntil: calling hours from "
                  + callingFrom
                  + " until "
                  + callingUntil
                  + " never open",
              callingFrom,
              callingUntil));
    }
    holidays = holidays(holidays, problems);
    if (maxAttemptsPerDay < 1) {
      problems.add(
          TimelineProblem.of(
              "callingRules.maxAttemptsPerDay",
              "attemptsPerDay",
              "maxAttemptsPerDay must be at least 1 and at most maxAttemptsTotal"));
    } else if (maxAttemptsTotal < maxAttemptsPerDay) {
      problems.add(
          TimelineProblem.of(
              "callingRules.maxAttemptsTotal",
              "attemptsTotal",
              "maxAttemptsPerDay must be at least 1 and at most maxAttemptsTotal",
              maxAttemptsPerDay));
    }
    retryAfterMinutes = retries(retryAfterMinutes, problems);
    InvalidTimeline.throwIfAny(problems);
  }

  /** Sorted, each date once; a missing date is refused. */
  private static List<LocalDate> holidays(List<LocalDate> given, List<TimelineProblem> problems) {
    if (given == null) {
      return List.of();
    }
    if (given.stream().anyMatch(java.util.Objects::isNull)) {
      problems.add(
          TimelineProblem.of(
              "callingRules.holidays", "holidayMissing", "holidays must all be dates"));
      return List.of();
    }
    return given.stream().distinct().sorted().toList();
  }

  private static Map<String, Integer> retries(
      Map<String, Integer> given, List<TimelineProblem> problems) {
    if (given == null) {
      return Map.of();
    }
    Map<String, Integer> kept = new TreeMap<>();
    for (var entry : given.entrySet()) {
      if (!RETRY_OUTCOMES.contains(entry.getKey())) {
        problems.add(
            TimelineProblem.of(
                "callingRules.retryAfterMinutes",
                "retryUnknownOutcome",
                "retryAfterMinutes names an unknown outcome '"
                    + entry.getKey()
                    + "'; one of "
                    + RETRY_OUTCOMES,
                entry.getKey()));
      } else if (entry.getValue() == null || entry.getValue() < 1) {
        problems.add(
            TimelineProblem.of(
                "callingRules.retryAfterMinutes." + entry.getKey(),
                "retryTooShort",
                "retryAfterMinutes." + entry.getKey() + " must be at least 1",
                entry.getKey()));
      } else {
        kept.put(entry.getKey(), entry.getValue());
      }
    }
    return Map.copyOf(kept);
  }

  /** How long to wait after an outcome, if the campaign says. */
  public Optional<Duration> retryAfter(String outcome) {
    return Optional.ofNullable(retryAfterMinutes.get(outcome)).map(Duration::ofMinutes);
  }
}
