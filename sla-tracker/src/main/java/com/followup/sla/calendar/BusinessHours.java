package com.followup.sla.calendar;

import io.micronaut.serde.annotation.Serdeable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Working hours in a named zone: the clock runs from {@code opens} to {@code closes} on working
 * days that are not holidays, and stands still otherwise.
 *
 * @param zone IANA zone the hours and holidays are in
 * @param opens start of the working day, local time
 * @param closes end of the working day, local time, after {@code opens}
 * @param workingDays the days of the week that are worked
 * @param holidays dates not worked even when their weekday is
 */
@Serdeable
public record BusinessHours(
    String zone,
    LocalTime opens,
    LocalTime closes,
    List<DayOfWeek> workingDays,
    List<LocalDate> holidays)
    implements WorkingTime {

  // a target's allowed time is at most 90 days; a year of closed days means a broken calendar
  private static final int MAX_DAYS = 366 * 2;

  public BusinessHours {
    try {
      ZoneId.of(zone);
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("business hours need an IANA zone: '" + zone + "'");
    }
    if (opens == null || closes == null || !closes.isAfter(opens)) {
      throw new IllegalArgumentException("business hours must close after they open");
    }
    if (workingDays == null
        || workingDays.isEmpty()
        || workingDays.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("business hours need at least one working day");
    }
    workingDays = List.copyOf(Set.copyOf(workingDays)).stream().sorted().toList();
    holidays = holidays == null ? List.of() : holidays.stream().sorted().distinct().toList();
  }

  /** Monday to Friday, 09:00 to 18:00, no holidays. */
  public static BusinessHours weekdays(String zone) {
    return new BusinessHours(
        zone,
        LocalTime.of(9, 0),
        LocalTime.of(18, 0),
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY),
        List.of());
  }

  @Override
  public Instant plus(Instant start, Duration work) {
    Duration left = work;
    ZonedDateTime cursor = start.atZone(ZoneId.of(zone));
    for (int day = 0; day < MAX_DAYS; day++) {
      LocalDate date = cursor.toLocalDate();
      if (isWorked(date)) {
        ZonedDateTime open = date.atTime(opens).atZone(cursor.getZone());
        ZonedDateTime close = date.atTime(closes).atZone(cursor.getZone());
        ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
        if (from.isBefore(close)) {
          Duration available = Duration.between(from, close);
          if (available.compareTo(left) >= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      cursor = date.plusDays(1).atStartOfDay(cursor.getZone());
    }
    throw new IllegalStateException("business hours leave no working time within two years");
  }

  @Override
  public Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    ZoneId id = ZoneId.of(zone);
    ZonedDateTime cursor = from.atZone(id);
    ZonedDateTime end = to.atZone(id);
    while (cursor.isBefore(end)) {
      LocalDate date = cursor.toLocalDate();
      if (isWorked(date)) {
        ZonedDateTime open = date.atTime(opens).atZone(id);
        ZonedDateTime close = date.atTime(closes).atZone(id);
        ZonedDateTime a = cursor.isAfter(open) ? cursor : open;
        ZonedDateTime b = end.isBefore(close) ? end : close;
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
      cursor = date.plusDays(1).atStartOfDay(id);
    }
    return total;
  }

  private boolean isWorked(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }
}
