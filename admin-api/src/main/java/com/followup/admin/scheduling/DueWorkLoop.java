package com.followup.admin.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one {@link DueWork} until a deadline: processes batches while work is due, otherwise
 * sleeps until the next due time, waking at least every idle-poll interval to see work other
 * instances created. Idle, it costs about two queries per poll.
 */
final class DueWorkLoop {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkLoop.class);

  private final DueWork work;
  private final Clock clock;
  private final Duration idlePoll;
  private final Object wakeUp = new Object();
  private volatile boolean stopped;

  DueWorkLoop(DueWork work, Clock clock, Duration idlePoll) {
    this.work = work;
    this.clock = clock;
    this.idlePoll = idlePoll;
  }

  /** Runs until {@code until} or {@link #stop()}; returns the number of items processed. */
  long runUntil(Instant until) throws InterruptedException {
    long processed = 0;
    while (!stopped && clock.instant().isBefore(until)) {
      int batch = processSafely();
      processed += batch;
      if (batch == 0) {
        sleepUntil(wakeTime(until));
      }
    }
    return processed;
  }

  void stop() {
    stopped = true;
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
  }

  private int processSafely() throws InterruptedException {
    try {
      return work.processDue(clock.instant());
    } catch (RuntimeException e) {
      // a failing batch (database hiccup) must not end the loop; its claims expire and retry
      LOG.warn("{}: batch failed, retrying after {}", work.name(), idlePoll, e);
      sleepUntil(clock.instant().plus(idlePoll));
      return 0;
    }
  }

  private Instant wakeTime(Instant until) {
    Instant now = clock.instant();
    Instant latest = now.plus(idlePoll);
    Optional<Instant> next = Optional.empty();
    try {
      next = work.nextDue();
    } catch (RuntimeException e) {
      LOG.warn("{}: cannot read the next due time", work.name(), e);
    }
    Instant wake = next.filter(latest::isAfter).orElse(latest);
    return wake.isAfter(until) ? until : wake;
  }

  private void sleepUntil(Instant wake) throws InterruptedException {
    long millis = Duration.between(clock.instant(), wake).toMillis();
    if (millis > 0) {
      synchronized (wakeUp) {
        if (!stopped) {
          wakeUp.wait(millis);
        }
      }
    }
  }
}
