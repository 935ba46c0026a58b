package com.followup.sla.calendar;

import java.time.Duration;
import java.time.Instant;

/** Every minute counts, nights, weekends and holidays too. */
public final class CalendarTime implements WorkingTime {

  public static final CalendarTime INSTANCE = new CalendarTime();

  private CalendarTime() {}

  @Override
  public Instant plus(Instant start, Duration work) {
    return start.plus(work);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }
}
