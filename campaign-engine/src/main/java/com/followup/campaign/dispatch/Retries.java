package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.CallingWindow;
import com.followup.campaign.timeline.CallingRules;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The next attempt after a call that reached nobody: after the campaign's wait for that outcome,
 * inside calling hours; MISSED once the step's attempts are used up. Also frees the contact's dial
 * path, which the call held.
 */
@Singleton
class Retries {

  private final DispatchSettings settings;

  Retries(DispatchSettings settings) {
    this.settings = settings;
  }

  /** The call's lease ran out without an outcome (its instance died): an unanswered attempt. */
  void leaseExpired(Connection c, DueFollowUp f, FollowUpChanges changes, Instant now)
      throws SQLException {
    freeDialPath(c, f);
    retry(f, "NO_ANSWER", "LEASE_EXPIRED", f.attempts(), changes, now);
  }

  /**
   * Schedules the next attempt after {@code outcome}, or misses the step when none is left.
   *
   * @param attempts the attempts the step has used, this one included
   */
  void retry(
      DueFollowUp f,
      String outcome,
      String recordedOutcome,
      int attempts,
      FollowUpChanges changes,
      Instant now) {
    CallingRules rules = f.rules();
    if (attempts >= Math.min(f.maxAttempts(), rules.maxAttemptsTotal())) {
      changes.miss(f, HoldRule.ATTEMPT_LIMIT.name(), recordedOutcome, attempts, now);
      return;
    }
    Duration wait =
        "FAILED".equals(outcome)
            ? settings.failedRetry()
            : rules.retryAfter(outcome).orElse(settings.defaultRetry());
    changes.hold(f, callable(f, now.plus(wait)), outcome, recordedOutcome, attempts);
  }

  /** The first calling moment at or after {@code from} in the customer's zone. */
  Instant callable(DueFollowUp f, Instant from) {
    Optional<ZoneId> zone = ComplianceGate.zoneOf(f.timezone());
    return zone.map(z -> CallingWindow.earliest(from, z, f.rules())).orElse(from);
  }

  static void freeDialPath(Connection c, DueFollowUp f) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM dial_path WHERE phone = ? AND follow_up_id = ?")) {
      SqlValues.bindAll(delete, f.phone(), f.id());
      delete.executeUpdate();
    }
  }
}
