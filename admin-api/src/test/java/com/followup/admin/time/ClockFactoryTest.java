package com.followup.admin.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ClockFactoryTest {

  @Test
  void withoutAnOffsetTheMachinesClockIsTheSystemsUtcClock() {
    assertThat(ClockFactory.machine(Duration.ZERO)).isEqualTo(Clock.systemUTC());
  }

  @Test
  void theFaultInjectionOffsetShiftsEveryInstantTheMachinesClockGives() {
    Clock ahead = ClockFactory.machine(Duration.ofSeconds(5));
    Clock behind = ClockFactory.machine(Duration.ofSeconds(-5));

    Instant now = Instant.now();
    assertThat(Duration.between(now, ahead.instant()).toMillis()).isBetween(4_900L, 5_900L);
    assertThat(Duration.between(now, behind.instant()).toMillis()).isBetween(-5_100L, -4_000L);
  }

  @Test
  void anInstanceWhoseClockRunsFiveSecondsAheadTellsTheDatabaseServersTime() {
    // MariaDB runs on this machine: its time is the real time
    try (ApplicationContext ahead =
        ApplicationContext.run(Map.of("followup.clock.offset", "5s"), Environment.TEST)) {
      Clock clock = ahead.getBean(Clock.class);

      assertThat(Duration.between(Instant.now(), clock.instant()).abs())
          .isLessThan(Duration.ofMillis(250));
      assertThat(ahead.getBean(DatabaseClock.class).correction().toMillis())
          .isBetween(-5_250L, -4_750L);
    }
  }

  @Test
  void aClockOffFromTheDatabaseKeepsItsZoneInEveryView() {
    try (ApplicationContext ahead =
        ApplicationContext.run(Map.of("followup.clock.offset", "-3s"), Environment.TEST)) {
      Clock shanghai = ahead.getBean(Clock.class).withZone(java.time.ZoneId.of("Asia/Shanghai"));

      assertThat(shanghai.getZone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
      assertThat(Duration.between(Instant.now(), shanghai.instant()).abs())
          .isLessThan(Duration.ofMillis(250));
    }
  }

  @Test
  void anInProcessDatabaseSharesTheMachinesClockSoNothingIsCorrected() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:clock;MODE=MySQL");
    DatabaseClock clock = new DatabaseClock(ClockFactory.machine(Duration.ofSeconds(5)), h2);

    clock.align();

    assertThat(clock.correction()).isZero();
  }

  @Test
  void aDatabaseThatCannotBeReachedLeavesTheLastCorrection() {
    JdbcDataSource gone = new JdbcDataSource();
    gone.setURL("jdbc:h2:tcp://127.0.0.1:1/none");
    DatabaseClock clock = new DatabaseClock(Clock.systemUTC(), gone);

    clock.align();

    assertThat(clock.correction()).isZero();
    assertThat(Duration.between(Instant.now(), clock.instant()).abs())
        .isLessThan(Duration.ofMillis(250));
  }
}
