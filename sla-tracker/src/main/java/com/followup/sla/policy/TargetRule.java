package com.followup.sla.policy;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One timed obligation of a policy: "within {@code allowedMinutes} of {@code startsOn}, one of
 * {@code metBy} must happen".
 *
 * @param name the target's name, unique in its policy (lowercase, dashes)
 * @param allowedMinutes the time allowed, in minutes of the policy's time basis
 * @param startsOn {@code OPENED} (the ticket's opening time) or the event that starts the clock
 * @param metBy the events that meet the target
 * @param callback whether meeting it means calling the customer back (published as CallbackDue)
 */
@Serdeable
public record TargetRule(
    String name,
    int allowedMinutes,
    String startsOn,
    List<TicketEventType> metBy,
    boolean callback) {

  /** The {@link #startsOn} value of a target that starts when the ticket is opened. */
  public static final String OPENED = "OPENED";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public TargetRule {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "target name must be 1 to 64 lowercase letters, digits or '-': '" + name + "'");
    }
    if (allowedMinutes < 1 || allowedMinutes > 60 * 24 * 90) {
      throw new IllegalArgumentException(
          "target " + name + ": allowedMinutes must be between 1 and 129600");
    }
    startsOn = startsOn == null ? OPENED : startsOn.trim().toUpperCase(java.util.Locale.ROOT);
    if (!startsOn.equals(OPENED) && !TicketEventType.parse(startsOn).movesTargets()) {
      throw new IllegalArgumentException("target " + name + " cannot start on " + startsOn);
    }
    if (metBy == null || metBy.isEmpty() || metBy.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("target " + name + ": metBy needs at least one event");
    }
    if (!metBy.stream().allMatch(TicketEventType::movesTargets)) {
      throw new IllegalArgumentException(
          "target " + name + ": REOPENED, PAUSED, RESUMED and PASSED_ON cannot meet a target");
    }
    metBy = List.copyOf(metBy);
  }

  public Duration allowed() {
    return Duration.ofMinutes(allowedMinutes);
  }

  public boolean startsOnOpening() {
    return startsOn.equals(OPENED);
  }

  public boolean startsOn(TicketEventType event) {
    return startsOn.equals(event.name());
  }

  public boolean isMetBy(TicketEventType event) {
    return metBy.contains(event);
  }
}
