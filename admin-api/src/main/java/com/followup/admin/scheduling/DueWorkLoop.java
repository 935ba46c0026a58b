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
 * instances created. Idle, it costs one query per poll, and the poll backs off: each poll that
 * finds nothing due doubles the interval, from the idle poll up to the longest idle poll; work
 * processed or a wake-up starts again from the shortest. The sleep never passes the next known due
 * time, so work already pending fires on time however long the loop has been idle; only work
 * another instance creates due sooner than the current interval can be seen up to that interval
 * late. Work committed on this instance may wake it earlier ({@link DueWork#addWakeUp}).
 */
final class DueWorkLoop {

  private static final Logger LOG = LoggerFactory.getLogger(DueWorkLoop.class);

  private final DueWork work;
  private final Clock clock;
  private final Duration idlePoll;
  private final Duration idlePollMax;
  private final Object wakeUp = new Object();
  private final Runnable wakeUpCall = this::wake;
  private volatile boolean stopped;
  private boolean woken; // guarded by wakeUp

  /** A loop that polls at a fixed interval when idle. */
  DueWorkLoop(DueWork work, Clock clock, Duration idlePoll) {
    this(work, clock, idlePoll, idlePoll);
  }

  /** A loop whose idle poll backs off from {@code idlePoll} to {@code idlePollMax}. */
  DueWorkLoop(DueWork work, Clock clock, Duration idlePoll, Duration idlePollMax) {
    this.work = work;
    this.clock = clock;
    this.idlePoll = idlePoll;
    this.idlePollMax = idlePollMax.compareTo(idlePoll) < 0 ? idlePoll : idlePollMax;
  }

  /** Runs until {@code until} or {@link #stop()}; returns the number of items processed. */
  long runUntil(Instant until) throws InterruptedException {
    work.addWakeUp(wakeUpCall);
    try {
      return drainUntil(until);
    } finally {
      work.removeWakeUp(wakeUpCall);
    }
  }

  private long drainUntil(Instant until) throws InterruptedException {
    long processed = 0;
    long backoffMillis = 0;
    Duration idleInterval = idlePoll;
    while (!stopped && clock.instant().isBefore(until)) {
      Optional<Instant> next = nextDue();
      if (next.isPresent() && !next.get().isAfter(clock.instant())) {
        long drained = drain(until);
        processed += drained;
        if (drained > 0) {
          backoffMillis = 0;
          idleInterval = idlePoll;
        } else {
          // due, but held by another transaction for now: ask again soon, then less often
          backoffMillis = Math.min(Math.max(1, backoffMillis * 2), idlePoll.toMillis() / 10);
          sleepUntil(clock.instant().plusMillis(backoffMillis));
        }
      } else {
        // idle: one query per poll, waking exactly when the next known item falls due
        Instant wake = clock.instant().plus(idleInterval);
        boolean knownDue = next.isPresent() && next.get().isBefore(wake);
        if (knownDue) {
          wake = next.get();
        }
        boolean woken = sleepUntil(wake.isAfter(until) ? until : wake);
        // nothing turned up: poll less often; a wake-up or a known due time, from the start
        idleInterval = woken || knownDue ? idlePoll : longer(idleInterval);
      }
    }
    return processed;
  }

  private long drain(Instant until) throws InterruptedException {
    long processed = 0;
    int batch;
    do {
      batch = processSafely();
      processed += batch;
    } while (batch > 0 && !stopped && clock.instant().isBefore(until));
    return processed;
  }

  private Duration longer(Duration interval) {
    Duration doubled = interval.multipliedBy(2);
    return doubled.compareTo(idlePollMax) > 0 ? idlePollMax : doubled;
  }

  /** New work is due: the next (or current) sleep ends at once. */
  void wake() {
    synchronized (wakeUp) {
      woken = true;
      wakeUp.notifyAll();
    }
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
    } catch (Exception e) {
      // a failing batch (database hiccup, a deadlock) must not end the loop: its transaction rolled
      // back and it is tried again. Checked SQL exceptions arrive too, through transaction
      // callbacks, which may throw any exception
      LOG.warn("{}: batch failed, retrying after {}", work.name(), idlePoll, e);
      sleepUntil(clock.instant().plus(idlePoll));
      return 0;
    }
  }

  private Optional<Instant> nextDue() throws InterruptedException {
    try {
      return work.nextDue();
    } catch (Exception e) {
      LOG.warn("{}: cannot read the next due time, retrying after {}", work.name(), idlePoll, e);
      sleepUntil(clock.instant().plus(idlePoll));
      return Optional.empty();
    }
  }

  /** Sleeps until {@code wake} or a wake-up; returns whether a wake-up ended (or skipped) it. */
  private boolean sleepUntil(Instant wake) throws InterruptedException {
    long millis = Duration.between(clock.instant(), wake).toMillis();
    if (millis <= 0) {
      return false;
    }
    synchronized (wakeUp) {
      if (!stopped && !woken) {
        wakeUp.wait(millis);
      }
      boolean wasWoken = woken;
      woken = false;
      return wasWoken;
    }
  }
}
