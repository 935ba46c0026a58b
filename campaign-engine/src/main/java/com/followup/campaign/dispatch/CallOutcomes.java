package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies a call's outcome to its follow-up: a completed step ends and the next step is planned; a
 * refusal or a wrong number ends the follow-up; an agreed time books the callback; a call that
 * reached nobody is retried under the campaign's rules, until the attempts run out.
 */
@Singleton
public class CallOutcomes {

  private final TransactionOperations<Connection> transactions;
  private final CampaignTimelines timelines;
  private final Retries retries;
  private final NextStepPlanner planner;
  private final ApplicationEventPublisher<FollowUpsMissed> missedEvents;
  private final ApplicationEventPublisher<CallbackCompleted> callbacks;
  private final Clock clock;

  CallOutcomes(
      TransactionOperations<Connection> transactions,
      CampaignTimelines timelines,
      Retries retries,
      NextStepPlanner planner,
      ApplicationEventPublisher<FollowUpsMissed> missedEvents,
      ApplicationEventPublisher<CallbackCompleted> callbacks,
      Clock clock) {
    this.transactions = transactions;
    this.timelines = timelines;
    this.retries = retries;
    this.planner = planner;
    this.missedEvents = missedEvents;
    this.callbacks = callbacks;
    this.clock = clock;
  }

  /**
   * Records {@code outcome} for a follow-up being dialed.
   *
   * @param callbackAt the time the customer gave, required for WRONG_PERSON and CALL_BACK
   * @throws FollowUpNotDialing when the follow-up is not DIALING (unknown, or already settled)
   * @throws IllegalArgumentException when a callback time is missing
   */
  public OutcomeResult record(long followUpId, CallOutcome outcome, @Nullable Instant callbackAt) {
    if (outcome.needsCallbackTime() && callbackAt == null) {
      throw new IllegalArgumentException("callbackAt is required for the outcome " + outcome);
    }
    Instant now = clock.instant();
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          DueFollowUp f = locked(c, followUpId);
          Retries.freeDialPath(c, f);
          FollowUpChanges changes = new FollowUpChanges(now);
          NextStep planned = apply(c, f, outcome, callbackAt, changes, now);
          changes.apply(c, clock.instant(), missedEvents);
          return result(c, followUpId, planned);
        });
  }

  private NextStep apply(
      Connection c,
      DueFollowUp f,
      CallOutcome outcome,
      Instant callbackAt,
      FollowUpChanges changes,
      Instant now)
      throws SQLException {
    String name = outcome.name();
    switch (outcome) {
      case COMPLETED -> {
        changes.complete(f, name, null);
        if (f.ticketId() != null) {
          callbacks.publishEvent(new CallbackCompleted(f.ticketId(), f.ticketTarget(), now));
          return null;
        }
        return planner.planAfter(c, f, now, changes);
      }
      case REFUSED -> changes.complete(f, name, "refused: no further steps");
      case WRONG_NUMBER -> changes.cancel(f, name, name);
      case WRONG_PERSON, CALL_BACK -> {
        Instant from = callbackAt.isAfter(now) ? callbackAt : now;
        changes.hold(f, retries.callable(f, from), name, name, f.attempts());
      }
      case FAILED -> retries.retry(f, name, name, f.attempts() - 1, changes, now);
      default -> retries.retry(f, name, name, f.attempts(), changes, now);
    }
    return null;
  }

  private DueFollowUp locked(Connection c, long id) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + DueFollowUp.COLUMNS + " FROM follow_up WHERE id = ? FOR UPDATE")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new FollowUpNotDialing(id, "unknown");
        }
        DueFollowUp f = DueFollowUp.read(row, timelines);
        if (f.status() != FollowUpStatus.DIALING) {
          throw new FollowUpNotDialing(id, f.status().name());
        }
        return f;
      }
    }
  }

  private static OutcomeResult result(Connection c, long id, NextStep planned) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT status, next_attempt_at FROM follow_up WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        String status = row.getString(1);
        boolean again = FollowUpStatus.SCHEDULED.name().equals(status);
        return new OutcomeResult(id, status, again ? SqlValues.instant(row, 2) : null, planned);
      }
    }
  }
}
