package com.followup.admin.time;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Measures the machine's clock against the database's again now and then: clocks drift. */
@Singleton
@Requires(property = "followup.clock.align-to-database", notEquals = "false")
class ClockAlignment {

  private final DatabaseClock clock;

  ClockAlignment(DatabaseClock clock) {
    this.clock = clock;
  }

  @Scheduled(
      fixedDelay = "${followup.clock.align-every:5m}",
      initialDelay = "${followup.clock.align-every:5m}")
  void align() {
    clock.align();
  }
}
