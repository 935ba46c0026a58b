package com.followup.sla.calendar;

import java.time.Duration;
import java.time.Instant;

/** The time a target's clock runs in: around the clock, or business hours only. */
public interface WorkingTime {

  /** The instant when {@code work} of this time has passed after {@code start}. */
  Instant plus(Instant start, Duration work);

  /** How much of this time lies between two instants (zero when {@code to} is not after). */
  Duration between(Instant from, Instant to);
}
