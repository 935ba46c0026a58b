package com.followup.campaign.followup;

import com.followup.campaign.timeline.CallingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The calling hours of a campaign in one customer's zone, holidays excluded. */
public final class CallingWindow {

  private static final int MAX_DAYS_AHEAD = 370;

  private CallingWindow() {}

  /** The earliest instant at or after {@code from} at which a call may start. */
  public static Instant earliest(Instant from, ZoneId zone, CallingRules rules) {
    ZonedDateTime local = from.atZone(zone);
    for (int day = 0; day < MAX_DAYS_AHEAD; day++) {
      LocalDate date = local.toLocalDate();
      if (!rules.holidays().contains(date)) {
        ZonedDateTime opens = date.atTime(rules.callingFrom()).atZone(zone);
        ZonedDateTime closes = date.atTime(rules.callingUntil()).atZone(zone);
        if (local.isBefore(opens)) {
          return opens.toInstant();
        }
        if (local.isBefore(closes)) {
          return local.toInstant();
        }
      }
      local = date.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalArgumentException("no calling day within a year of " + from);
  }
}
