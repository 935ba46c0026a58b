package com.followup.dialer.telephony.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps call creations under the account's calls-per-second: each caller reserves the next free
 * slot, one every {@code 1/cps} seconds on the injected clock, and waits for it (a token bucket
 * holding one token, so there are no bursts for Twilio to queue).
 */
public final class DialRate {

  /** How a caller waits for its slot. */
  @FunctionalInterface
  public interface Sleeper {
    Sleeper THREAD = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
  }

  private final Clock clock;
  private final Duration interval;
  private final Sleeper sleeper;
  private Instant nextSlot = Instant.MIN;

  public DialRate(Clock clock, double callsPerSecond, Sleeper sleeper) {
    if (callsPerSecond <= 0) {
      throw new IllegalArgumentException("calls per second must be positive");
    }
    this.clock = clock;
    this.interval = Duration.ofNanos((long) (1_000_000_000L / callsPerSecond));
    this.sleeper = sleeper;
  }

  /** Waits until this caller may create a call. */
  public void acquire() throws InterruptedException {
    Instant slot = reserve();
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private synchronized Instant reserve() {
    Instant now = clock.instant();
    Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
    nextSlot = slot.plus(interval);
    return slot;
  }
}
