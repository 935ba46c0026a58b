package com.followup.dialer.telephony.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The simulator's time: the injected clock, sped up by {@code speed} from the moment the simulator
 * started, so a test can run a 20-second ring in 20 ms and still see consistent instants.
 */
final class SimulatedTime {

  private final Clock clock;
  private final double speed;
  private final Instant start;

  SimulatedTime(Clock clock, double speed) {
    this.clock = clock;
    this.speed = speed;
    this.start = clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  Instant now() {
    Duration real = Duration.between(start, clock.instant());
    // whole milliseconds, as call_attempt stores them
    return start.plusNanos((long) (real.toNanos() * speed)).truncatedTo(ChronoUnit.MILLIS);
  }

  /** The real time to wait for {@code simulated} to pass. */
  long realMillis(Duration simulated) {
    return (long) (simulated.toMillis() / speed);
  }
}
