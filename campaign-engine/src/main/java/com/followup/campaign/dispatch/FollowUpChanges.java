package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.forecast.PendingHours;
import com.followup.campaign.progress.ProgressDeltas;
import com.followup.campaign.report.SettledRollup;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.context.event.ApplicationEventPublisher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status changes one transaction makes to follow-ups, written together: releases in one
 * statement, other changes as one batch, and every change as a row of the follow-up's history.
 */
final class FollowUpChanges {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpChanges.class);

  private final Instant now;
  private final List<Long> released = new ArrayList<>();
  private final List<Object[]> updates = new ArrayList<>();
  private final List<Object[]> history = new ArrayList<>();
  private final List<MissedFollowUp> missed = new ArrayList<>();
  private final List<Object[]> setAside = new ArrayList<>();

  /** Rows that had ended (and so a settled_at) before a change: their hour's roll-up is stale. */
  private final List<Long> settledBefore = new ArrayList<>();

  private boolean settles;
  private final ProgressDeltas progress = new ProgressDeltas();
  private final List<Long> planned = new ArrayList<>();

  FollowUpChanges(Instant now) {
    this.now = now;
  }

  /** Released to the dial queue: DUE until its deadline. */
  void release(DueFollowUp f) {
    released.add(f.id());
    moved(f, FollowUpStatus.DUE, f.missedReason());
    history.add(event(f.id(), FollowUpStatus.DUE, null, null));
  }

  /** Held back by a rule: SCHEDULED again for {@code until} (the deadline ends it sooner). */
  void hold(DueFollowUp f, Instant until, String reason, String outcome, int attempts) {
    Instant wake = until.isBefore(f.deadline()) ? until : f.deadline();
    update(f, FollowUpStatus.SCHEDULED, until, wake, null, outcome, attempts);
    history.add(event(f.id(), FollowUpStatus.SCHEDULED, reason, "next attempt " + until));
  }

  /** What the gate decided other than dialing: wait, cancel, or miss. */
  void holdBack(DueFollowUp f, Verdict verdict) {
    if (verdict instanceof Verdict.Wait wait) {
      hold(f, wait.until(), wait.rule().name(), null, f.attempts());
    } else if (verdict instanceof Verdict.Cancel cancel) {
      cancel(f, cancel.rule().name(), null);
    } else if (verdict instanceof Verdict.Miss miss) {
      Instant missedAt = miss.rule() == HoldRule.DEADLINE_PASSED ? f.deadline() : now;
      miss(f, miss.rule().name(), null, f.attempts(), missedAt);
    } else {
      throw new IllegalArgumentException("not a hold: " + verdict);
    }
  }

  /**
   * Reads a claimed row, or sets it aside when it cannot be read (say its campaign version was
   * deleted by hand): it loses its wake time and its history says why, so one broken row never
   * stalls the rows behind it.
   */
  Optional<DueFollowUp> readOrSetAside(ResultSet row, CampaignTimelines timelines)
      throws SQLException {
    try {
      return Optional.of(DueFollowUp.read(row, timelines));
    } catch (RuntimeException unreadable) {
      long id = row.getLong(1);
      String status = row.getString(12);
      LOG.error("Follow-up {} cannot be dispatched and is set aside", id, unreadable);
      boolean known = Arrays.stream(FollowUpStatus.values()).anyMatch(v -> v.name().equals(status));
      String detail = String.valueOf(unreadable);
      setAside.add(new Object[] {id});
      history.add(
          new Object[] {
            id,
            null,
            known ? status : "UNKNOWN",
            "SET_ASIDE",
            detail.length() <= 500 ? detail : detail.substring(0, 500)
          });
      return Optional.empty();
    }
  }

  /** How many claimed rows were set aside so far. */
  int setAside() {
    return setAside.size();
  }

  /** A row just written (by an upload) gets its wake time: its next attempt, or its deadline. */
  void wake(DueFollowUp f) {
    Instant next = f.nextAttemptAt();
    Instant wake = next.isBefore(f.deadline()) ? next : f.deadline();
    update(f, f.status(), next, wake, null, null, f.attempts());
  }

  /** A finished row that still had a wake time: keep it as it is, without one. */
  void forget(DueFollowUp f) {
    update(f, f.status(), f.nextAttemptAt(), null, null, null, f.attempts());
  }

  /** Taken by the dialer: DIALING until an outcome arrives or the lease runs out. */
  void dialing(DueFollowUp f, Instant leaseUntil) {
    update(f, FollowUpStatus.DIALING, f.nextAttemptAt(), leaseUntil, null, null, f.attempts() + 1);
    history.add(event(f.id(), FollowUpStatus.DIALING, null, "attempt " + (f.attempts() + 1)));
  }

  void complete(DueFollowUp f, String outcome, String detail) {
    update(f, FollowUpStatus.COMPLETED, f.nextAttemptAt(), null, null, outcome, f.attempts());
    history.add(event(f.id(), FollowUpStatus.COMPLETED, outcome, detail));
  }

  void cancel(DueFollowUp f, String reason, String outcome) {
    update(f, FollowUpStatus.CANCELLED, null, null, reason, outcome, f.attempts());
    history.add(event(f.id(), FollowUpStatus.CANCELLED, reason, null));
  }

  /** Ends without contact and is reported in this transaction. */
  void miss(DueFollowUp f, String reason, String outcome, int attempts, Instant missedAt) {
    update(f, FollowUpStatus.MISSED, null, null, reason, outcome, attempts);
    history.add(event(f.id(), FollowUpStatus.MISSED, reason, null));
    report(f, reason, missedAt);
  }

  /** A row already MISSED (planned late) is reported now. */
  void reportMissed(DueFollowUp f) {
    update(f, FollowUpStatus.MISSED, null, null, f.missedReason(), null, f.attempts());
    Instant missedAt = "LATE_RECORD".equals(f.missedReason()) ? f.deadline() : now;
    report(f, f.missedReason(), missedAt.isAfter(now) ? now : missedAt);
  }

  private void report(DueFollowUp f, String reason, Instant missedAt) {
    missed.add(
        new MissedFollowUp(
            f.id(),
            f.dealerCode(),
            f.campaign(),
            f.step(),
            f.phone(),
            reason,
            f.deadline(),
            missedAt,
            f.ticketId()));
  }

  private void update(
      DueFollowUp f,
      FollowUpStatus status,
      Instant nextAttempt,
      Instant wake,
      String missedReason,
      String outcome,
      int attempts) {
    Instant settled =
        status == FollowUpStatus.COMPLETED
                || status == FollowUpStatus.MISSED
                || status == FollowUpStatus.CANCELLED
            ? now
            : null;
    if (isSettled(f.status())) {
      settledBefore.add(f.id());
    } else if (settled != null) {
      settles = true;
    }
    updates.add(
        new Object[] {
          status, nextAttempt, wake, missedReason, outcome, attempts, settled, settled, f.id()
        });
    moved(f, status, missedReason != null ? missedReason : f.missedReason()); // as COALESCE does
  }

  private static boolean isSettled(FollowUpStatus status) {
    return status == FollowUpStatus.COMPLETED
        || status == FollowUpStatus.MISSED
        || status == FollowUpStatus.CANCELLED;
  }

  /** The dealer's progress counts the change; {@code f} is as read under its row lock. */
  private void moved(DueFollowUp f, FollowUpStatus status, String missedReason) {
    progress.moved(
        f.dealerCode(),
        f.campaign(),
        f.step(),
        f.status().name(),
        f.missedReason(),
        status.name(),
        missedReason);
  }

  /** A follow-up row this transaction writes (the next step), for the dealer's progress. */
  void planned(Object[] followUpRow) {
    progress.added(followUpRow);
    planned.add((Long) followUpRow[0]);
  }

  private Object[] event(long id, FollowUpStatus status, String reason, String detail) {
    return new Object[] {id, null, status, reason, detail};
  }

  /**
   * Writes every change and publishes the follow-ups it missed (inside the transaction, so a
   * failing report rolls the changes back); the history is stamped {@code at}, the moment of
   * writing (what was due was handed on then, not when the batch was claimed).
   */
  void apply(Connection c, Instant at, ApplicationEventPublisher<FollowUpsMissed> missedEvents)
      throws SQLException {
    for (Object[] event : history) {
      event[1] = at;
    }
    // the forecast's pending counts: the changed rows leave them as they were, enter as they are
    Set<Long> changed = new LinkedHashSet<>(released);
    updates.forEach(u -> changed.add((Long) u[u.length - 1]));
    setAside.forEach(a -> changed.add((Long) a[0]));
    PendingHours.leaving(c, changed);
    // every change but a release takes a follow-up out of the dial queue, as does setting aside
    List<Object> leaving =
        Stream.concat(updates.stream().map(u -> u[u.length - 1]), setAside.stream().map(a -> a[0]))
            .toList();
    if (!leaving.isEmpty()) {
      try (PreparedStatement dequeue =
          c.prepareStatement(
              "DELETE FROM dial_queue WHERE follow_up_id IN ("
                  + String.join(", ", Collections.nCopies(leaving.size(), "?"))
                  + ")")) {
        SqlValues.bindAll(dequeue, leaving.toArray());
        dequeue.executeUpdate();
      }
    }
    if (!released.isEmpty()) {
      try (PreparedStatement release =
          c.prepareStatement(
              "UPDATE follow_up SET status = 'DUE', wake_at = deadline WHERE id IN ("
                  + String.join(", ", Collections.nCopies(released.size(), "?"))
                  + ")")) {
        SqlValues.bindAll(release, released.toArray());
        release.executeUpdate();
      }
      try (PreparedStatement enqueue =
          c.prepareStatement(
              "INSERT IGNORE INTO dial_queue (follow_up_id, campaign, deadline, channel) SELECT id,"
                  + " campaign, deadline, channel FROM follow_up WHERE id IN ("
                  + String.join(", ", Collections.nCopies(released.size(), "?"))
                  + ")")) {
        SqlValues.bindAll(enqueue, released.toArray());
        enqueue.executeUpdate();
      }
    }
    // the reports' roll-up of ended steps: the hours whose steps change are stale
    for (long id : settledBefore) {
      SettledRollup.markRow(c, id);
    }
    if (settles) {
      SettledRollup.mark(c, now);
    }
    batch(
        c,
        "UPDATE follow_up SET status = ?, next_attempt_at = ?, wake_at = ?, missed_reason ="
            + " COALESCE(?, missed_reason), last_outcome = COALESCE(?, last_outcome), attempts = ?,"
            + " settled_at = CASE WHEN ? IS NULL THEN NULL ELSE COALESCE(settled_at, ?) END"
            + " WHERE id = ?",
        updates);
    batch(c, "UPDATE follow_up SET wake_at = NULL WHERE id = ?", setAside);
    batch(
        c,
        "INSERT INTO follow_up_event (follow_up_id, happened_at, status, reason, detail)"
            + " VALUES (?, ?, ?, ?, ?)",
        history);
    changed.addAll(planned); // the next steps, written before this
    PendingHours.entering(c, changed);
    progress.write(c);
    if (!missed.isEmpty()) {
      missedEvents.publishEvent(new FollowUpsMissed(List.copyOf(missed)));
    }
  }

  private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        SqlValues.bindAll(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
