package com.followup.admin.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockFactoryTest {

  @Test
  void withoutAnOffsetTheClockIsTheSystemsUtcClock() {
    assertThat(new ClockFactory().clock(Duration.ZERO)).isEqualTo(Clock.systemUTC());
  }

  @Test
  void theFaultInjectionOffsetShiftsEveryInstantTheClockGives() {
    Clock ahead = new ClockFactory().clock(Duration.ofSeconds(5));
    Clock behind = new ClockFactory().clock(Duration.ofSeconds(-5));

    Instant now = Instant.now();
    assertThat(Duration.between(now, ahead.instant()).toMillis()).isBetween(4_900L, 5_900L);
    assertThat(Duration.between(now, behind.instant()).toMillis()).isBetween(-5_100L, -4_000L);
  }
}
