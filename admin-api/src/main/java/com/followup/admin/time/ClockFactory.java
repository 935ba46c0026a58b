package com.followup.admin.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one place real time enters: every rule reads time from this clock. */
@Factory
class ClockFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
