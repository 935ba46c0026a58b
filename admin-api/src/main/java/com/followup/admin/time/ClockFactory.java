package com.followup.admin.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The one place real time enters: every rule reads time from this clock, the machine's clock
 * corrected to the database server's ({@link DatabaseClock}; {@code
 * followup.clock.align-to-database}, default true). {@code followup.clock.offset} (default 0)
 * shifts the machine's clock, for fault injection only: the fault suite runs an instance whose
 * clock is a few seconds off (scripts/faults.sh clock-skew); never set it in production.
 */
@Factory
class ClockFactory {

  @Singleton
  DatabaseClock clock(
      @Value("${followup.clock.offset:0s}") Duration offset,
      @Value("${followup.clock.align-to-database:true}") boolean aligned,
      DataSource dataSource) {
    DatabaseClock clock =
        new DatabaseClock(machine(offset), DelegatingDataSource.unwrapDataSource(dataSource));
    if (aligned) {
      clock.align();
    }
    return clock;
  }

  /** This machine's clock, shifted by the fault-injection offset. */
  static Clock machine(Duration offset) {
    return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
  }
}
