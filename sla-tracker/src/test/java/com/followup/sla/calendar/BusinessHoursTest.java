package com.followup.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  // Friday 2026-11-20, Monday 2026-11-23
  private static final BusinessHours WEEKDAYS = BusinessHours.weekdays("Asia/Shanghai");

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void time_left_on_friday_evening_continues_on_monday_morning() {
    assertThat(WEEKDAYS.plus(local("2026-11-20T17:00"), Duration.ofHours(2)))
        .isEqualTo(local("2026-11-23T10:00"));
  }

  @Test
  void a_holiday_on_monday_moves_the_deadline_to_tuesday() {
    BusinessHours withHoliday =
        new BusinessHours(
            "Asia/Shanghai",
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            WEEKDAYS.workingDays(),
            List.of(LocalDate.parse("2026-11-23")));

    assertThat(withHoliday.plus(local("2026-11-20T17:00"), Duration.ofHours(2)))
        .isEqualTo(local("2026-11-24T10:00"));
    assertThat(withHoliday.between(local("2026-11-20T17:00"), local("2026-11-24T10:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void a_clock_started_at_night_or_on_a_weekend_starts_at_the_next_opening() {
    assertThat(WEEKDAYS.plus(local("2026-11-21T23:00"), Duration.ofMinutes(30)))
        .isEqualTo(local("2026-11-23T09:30"));
    assertThat(WEEKDAYS.plus(local("2026-11-23T06:00"), Duration.ofMinutes(30)))
        .isEqualTo(local("2026-11-23T09:30"));
    assertThat(WEEKDAYS.plus(local("2026-11-23T18:00"), Duration.ofMinutes(30)))
        .isEqualTo(local("2026-11-24T09:30"));
  }

  @Test
  void working_time_between_two_instants_skips_nights_and_weekends() {
    assertThat(WEEKDAYS.between(local("2026-11-20T12:00"), local("2026-11-23T12:00")))
        .isEqualTo(Duration.ofHours(9));
    assertThat(WEEKDAYS.between(local("2026-11-21T10:00"), local("2026-11-22T10:00"))).isZero();
  }

  @Test
  void a_day_longer_than_working_hours_spans_several_working_days() {
    assertThat(WEEKDAYS.plus(local("2026-11-20T09:00"), Duration.ofHours(24)))
        .isEqualTo(local("2026-11-24T15:00"));
  }

  @Test
  void calendars_without_hours_zone_or_days_are_refused() {
    assertThatThrownBy(
            () ->
                new BusinessHours(
                    "Mars/Olympus", LocalTime.of(9, 0), LocalTime.of(18, 0), List.of(), List.of()))
        .hasMessageContaining("zone");
    assertThatThrownBy(
            () ->
                new BusinessHours(
                    "Asia/Shanghai",
                    LocalTime.of(18, 0),
                    LocalTime.of(9, 0),
                    List.of(DayOfWeek.MONDAY),
                    List.of()))
        .hasMessageContaining("close after");
    assertThatThrownBy(
            () ->
                new BusinessHours(
                    "Asia/Shanghai", LocalTime.of(9, 0), LocalTime.of(18, 0), List.of(), List.of()))
        .hasMessageContaining("working day");
  }
}
