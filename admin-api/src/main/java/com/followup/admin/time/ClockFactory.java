package com.followup.admin.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one place real time enters: every rule reads time from this clock. {@code
 * followup.clock.offset} (default 0) shifts it, for fault injection only: the fault suite runs an
 * instance whose clock is a few seconds off (scripts/faults.sh clock-skew); never set it in
 * production.
 */
@Factory
class ClockFactory {

  @Singleton
  Clock clock(@Value("${followup.clock.offset:0s}") Duration offset) {
    return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
  }
}
