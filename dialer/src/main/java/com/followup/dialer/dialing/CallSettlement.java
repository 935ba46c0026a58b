package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallOutcomes;
import com.followup.campaign.dispatch.FollowUpNotDialing;
import com.followup.campaign.dispatch.OutcomeResult;
import com.followup.dialer.telephony.AttemptId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a call's outcome to the campaign engine exactly once per attempt: the agent's, or the one
 * the telephony reported (no answer, busy, machine, abandoned, failed), whichever comes first. The
 * mark and the follow-up's change commit together.
 */
@Singleton
public class CallSettlement {

  private static final Logger LOG = LoggerFactory.getLogger(CallSettlement.class);

  private final TransactionOperations<Connection> transactions;
  private final DialedCalls calls;
  private final CallOutcomes outcomes;
  private final Clock clock;

  CallSettlement(
      TransactionOperations<Connection> transactions,
      DialedCalls calls,
      CallOutcomes outcomes,
      Clock clock) {
    this.transactions = transactions;
    this.calls = calls;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * Applies an agent's outcome; empty when the attempt's outcome was already applied.
   *
   * @throws FollowUpNotDialing when the follow-up is no longer being dialed
   */
  public Optional<OutcomeResult> settle(
      AttemptId attempt, long followUpId, CallOutcome outcome, AgentNotes notes) {
    Instant now = clock.instant();
    return transactions.executeWrite(
        s -> {
          if (!calls.claimOutcome(
              s.getConnection(), attempt, outcome.name(), notes.satisfied(), notes.notes(), now)) {
            return Optional.empty();
          }
          return Optional.of(outcomes.record(followUpId, outcome, notes.callbackAt()));
        });
  }

  /** Applies an outcome the telephony reported; logs instead of throwing (an event thread). */
  public void settleQuietly(AttemptId attempt, long followUpId, CallOutcome outcome, String why) {
    try {
      settle(attempt, followUpId, outcome, AgentNotes.of(why));
    } catch (FollowUpNotDialing late) {
      // its dial lease ran out and the follow-up was queued again: nothing left to settle
      LOG.info("attempt {}: outcome {} not applied: {}", attempt, outcome, late.getMessage());
      markOnly(attempt, outcome, why);
    }
  }

  private void markOnly(AttemptId attempt, CallOutcome outcome, String why) {
    transactions.executeWrite(
        s ->
            calls.claimOutcome(
                s.getConnection(), attempt, outcome.name(), null, why, clock.instant()));
  }
}
