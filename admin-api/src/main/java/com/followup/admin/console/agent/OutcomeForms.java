package com.followup.admin.console.agent;

import com.followup.admin.agent.OutcomeRequest;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the desk's outcome form into the agent API's request. The callback time is picked in the
 * customer's zone and must fall in the campaign's calling hours there, so the agent never books a
 * call the compliance gate would hold.
 */
@Singleton
class OutcomeForms {

  OutcomeRequest request(Map<String, String> form, CallScreen screen) {
    String department = blankToNull(form.get("department"));
    String summary = blankToNull(form.get("summary"));
    OutcomeRequest.ProblemRequest problem =
        department == null && summary == null
            ? null
            : new OutcomeRequest.ProblemRequest(department, summary);
    return new OutcomeRequest(
        form.get("outcome"),
        satisfied(form.get("satisfied")),
        blankToNull(form.get("notes")),
        callbackAt(blankToNull(form.get("callbackAt")), screen),
        problem,
        verification(form, screen));
  }

  /**
   * A repair call's claim check: the repair done and each reported part ({@code part.0}, {@code
   * part.1} … in the order of {@link CallScreen#parts()}), extra parts one per line. Absent when
   * the agent chose nothing.
   */
  private static OutcomeRequest.VerificationRequest verification(
      Map<String, String> form, CallScreen screen) {
    String repairDone = blankToNull(form.get("repairDone"));
    if (repairDone == null) {
      return null;
    }
    Map<String, String> parts = new LinkedHashMap<>();
    List<String> claimed = screen.parts();
    for (int i = 0; i < claimed.size(); i++) {
      String answer = blankToNull(form.get("part." + i));
      if (answer == null) {
        throw new IllegalArgumentException("say what the customer said of " + claimed.get(i));
      }
      parts.put(claimed.get(i), answer);
    }
    String extra = form.getOrDefault("extraParts", "");
    return new OutcomeRequest.VerificationRequest(
        repairDone,
        parts,
        Arrays.stream(extra.split("[\\r\\n]+"))
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .toList());
  }

  Long attemptId(Map<String, String> form) {
    try {
      return Long.valueOf(form.getOrDefault("attemptId", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the form does not name its call; reload the page");
    }
  }

  private static Boolean satisfied(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value) {
      case "yes" -> Boolean.TRUE;
      case "no" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("satisfied must be yes, no or empty");
    };
  }

  private static String callbackAt(String local, CallScreen screen) {
    if (local == null) {
      return null;
    }
    LocalDateTime at;
    try {
      at = LocalDateTime.parse(local);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the callback time is not a date and time: " + local);
    }
    ZonedDateTime zoned = at.atZone(screen.customerZone());
    if (!zoned.toInstant().isAfter(screen.now())) {
      throw new IllegalArgumentException("the callback time has passed in the customer's zone");
    }
    LocalTime from = screen.callingFrom();
    LocalTime until = screen.callingUntil();
    if (from != null
        && until != null
        && (at.toLocalTime().isBefore(from) || !at.toLocalTime().isBefore(until))) {
      throw new IllegalArgumentException(
          "the callback must be between "
              + from
              + " and "
              + until
              + " in the customer's time ("
              + screen.customerZone().getId()
              + ")");
    }
    return zoned.toOffsetDateTime().toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
