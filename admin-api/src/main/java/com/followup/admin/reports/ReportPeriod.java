package com.followup.admin.reports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A report's days: the centre's day, the ISO week (Monday to Sunday) or the calendar month that
 * holds {@code date}, in the centre's zone.
 *
 * @param first the first day
 * @param last the last day (inclusive)
 */
record ReportPeriod(String kind, LocalDate date, LocalDate first, LocalDate last, ZoneId zone) {

  static ReportPeriod parse(String period, String date, ZoneId zone) {
    if (period == null || period.isBlank()) {
      throw new IllegalArgumentException("period is required: DAY, WEEK or MONTH");
    }
    if (date == null || date.isBlank()) {
      throw new IllegalArgumentException("date is required, as YYYY-MM-DD");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(date.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD, not '" + date + "'");
    }
    String kind = period.trim().toUpperCase(Locale.ROOT);
    return switch (kind) {
      case "DAY" -> new ReportPeriod(kind, day, day, day, zone);
      case "WEEK" -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new ReportPeriod(kind, day, monday, monday.plusDays(6), zone);
      }
      case "MONTH" ->
          new ReportPeriod(
              kind, day, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), zone);
      default ->
          throw new IllegalArgumentException(
              "period must be DAY, WEEK or MONTH, not '" + period + "'");
    };
  }

  Instant from() {
    return start(first);
  }

  /** The end of the last day (exclusive). */
  Instant to() {
    return start(last.plusDays(1));
  }

  /** The first of the 30 days ending on the period's last day. */
  LocalDate first30d() {
    return last.minusDays(29);
  }

  Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }
}
