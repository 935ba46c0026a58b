package com.followup.admin.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * Timed work kept in an indexed table (follow-ups to dispatch, SLA timers to fire) that the cluster
 * drains on one instance at a time. Implement it as a bean in {@code admin-api}, over a library's
 * plain methods; {@link DueWorkRegistration} gives each one a cluster-wide loop.
 */
public interface DueWork {

  /** A stable name, unique in the cluster: the Quartz job's key. */
  String name();

  /**
   * Claims and processes one batch of what is due at {@code now}.
   *
   * @return how many items were processed; 0 when nothing was due
   */
  int processDue(Instant now);

  /** When the next item falls due, if any is pending. */
  Optional<Instant> nextDue();

  /**
   * A loop draining this work starts: {@code wakeUp} makes it look for due items at once rather
   * than at its next idle poll. Work that knows when it commits new items on this instance (an
   * outbox written in a request's transaction) calls it after the commit; others ignore it.
   */
  default void addWakeUp(Runnable wakeUp) {}

  /** That loop stopped (its lease ended); its wake-up no longer does anything. */
  default void removeWakeUp(Runnable wakeUp) {}
}
