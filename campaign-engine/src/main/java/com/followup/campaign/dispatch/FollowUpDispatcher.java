package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.db.ReadCommitted;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Releases follow-ups to the dial queue on time. One pass claims a batch of rows whose wake time
 * has come ({@code FOR UPDATE SKIP LOCKED}, so instances never claim the same row) and, per row: a
 * SCHEDULED row passes the compliance gate and is released (DUE), held for later, cancelled or
 * missed; a DUE row whose deadline came is missed; a DIALING row whose lease ran out (its instance
 * died mid-call) counts as unanswered; a MISSED row is reported to the SLA tracker. Beside each
 * batch it wakes the next rows of a committed upload ({@link ActivationBlocks}): those due are
 * settled with the batch, the others get their wake time.
 */
@Singleton
public class FollowUpDispatcher {

  private final TransactionOperations<Connection> transactions;
  private final CampaignTimelines timelines;
  private final Retries retries;
  private final ComplianceGate gate;
  private final DispatchSettings settings;
  private final ApplicationEventPublisher<FollowUpsMissed> missedEvents;
  private final ApplicationEventPublisher<FollowUpsReleased> releasedEvents;
  private final Clock clock;
  private final DataSource pool;
  private final NextStepPlanner planner;

  FollowUpDispatcher(
      TransactionOperations<Connection> transactions,
      CampaignTimelines timelines,
      Retries retries,
      DispatchSettings settings,
      ApplicationEventPublisher<FollowUpsMissed> missedEvents,
      ApplicationEventPublisher<FollowUpsReleased> releasedEvents,
      Clock clock,
      DataSource dataSource,
      NextStepPlanner planner) {
    this.planner = planner;
    this.transactions = transactions;
    this.timelines = timelines;
    this.retries = retries;
    this.gate = new ComplianceGate(settings.undecidedRetry());
    this.settings = settings;
    this.missedEvents = missedEvents;
    this.releasedEvents = releasedEvents;
    this.clock = clock;
    this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Claims and settles one batch of what is due at {@code now}, and wakes the next rows of one
   * committed upload; returns how many rows it claimed or went through.
   */
  public int processDue(Instant now) {
    List<Duration> released = new ArrayList<>();
    int done =
        transactions.execute(
            ReadCommitted.joining(),
            status -> {
              Connection c = status.getConnection();
              released.clear();
              FollowUpChanges changes = new FollowUpChanges(now);
              List<DueFollowUp> batch = claim(c, now, changes);
              int claimed = batch.size() + changes.setAside();
              ActivationBlocks.Taken woken =
                  ActivationBlocks.take(c, timelines, changes, now, settings.batchSize());
              woken.later().forEach(changes::wake);
              batch.addAll(woken.due());
              settle(c, batch, changes, now, released);
              changes.apply(c, clock.instant(), missedEvents);
              return claimed + woken.examined();
            });
    if (!released.isEmpty()) {
      releasedEvents.publishEvent(new FollowUpsReleased(released));
    }
    return done;
  }

  /**
   * When the next row falls due, or a committed upload's rows wait to be woken, if ever: one
   * statement of two index look-ups on a pooled connection outside any transaction (an idle loop
   * asks once a second; a transaction would triple the statements).
   */
  public Optional<Instant> nextDue() {
    try (Connection c = pool.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                // not MIN(wake_at): MariaDB's MIN walks the index's null entries (an upload's
                // rows waiting to be woken) to the first wake time, and MIN … WHERE wake_at IS
                // NOT NULL scans the whole range; the first row of the range is one index dive
                "SELECT (SELECT wake_at FROM follow_up WHERE wake_at IS NOT NULL"
                    + " ORDER BY wake_at LIMIT 1),"
                    + " (SELECT MIN(created_at) FROM follow_up_activation)");
        ResultSet row = select.executeQuery()) {
      row.next();
      Instant wake = SqlValues.instant(row, 1);
      Instant waiting = SqlValues.instant(row, 2);
      if (wake == null || waiting == null) {
        return Optional.ofNullable(wake == null ? waiting : wake);
      }
      return Optional.of(wake.isBefore(waiting) ? wake : waiting);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the next wake time", e);
    }
  }

  private List<DueFollowUp> claim(Connection c, Instant now, FollowUpChanges changes)
      throws SQLException {
    List<DueFollowUp> batch = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + DueFollowUp.COLUMNS
                + " FROM follow_up WHERE wake_at <= ? ORDER BY wake_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
      SqlValues.bindAll(select, now, settings.batchSize());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          changes.readOrSetAside(rows, timelines).ifPresent(batch::add);
        }
      }
    }
    return batch;
  }

  private void settle(
      Connection c,
      List<DueFollowUp> batch,
      FollowUpChanges changes,
      Instant now,
      List<Duration> released)
      throws SQLException {
    List<DueFollowUp> scheduled = new ArrayList<>();
    for (DueFollowUp f : batch) {
      switch (f.status()) {
        case SCHEDULED -> scheduled.add(f);
        case DUE -> changes.miss(f, "DEADLINE_PASSED", null, f.attempts(), f.deadline());
        case DIALING -> retries.leaseExpired(c, f, changes, now);
        case MISSED -> changes.reportMissed(f);
        default -> changes.forget(f); // finished rows have no wake time; heal one that has
      }
    }
    Map<Long, ContactFacts> facts = ContactFactsReader.read(c, scheduled, now);
    for (DueFollowUp f : scheduled) {
      Verdict verdict = gate.check(f, facts.get(f.id()), now);
      if (verdict instanceof Verdict.Dial) {
        changes.release(f);
        if (f.nextAttemptAt() != null) {
          released.add(Duration.between(f.nextAttemptAt(), now));
        }
      } else {
        planner.holdBack(c, f, verdict, changes, now);
      }
    }
  }
}
