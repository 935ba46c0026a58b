package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpActivations;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.timeline.CampaignTimelines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the next rows of one committed block of {@link FollowUpActivations}: the block is locked
 * ({@code SKIP LOCKED}, so instances never take the same one) and its cursor moves past the rows
 * taken, in the claimer's transaction. Only rows still waiting to be woken are taken: SCHEDULED or
 * MISSED without a wake time (a row changed since, say by a re-sent record, already has one).
 */
final class ActivationBlocks {

  /** Rows to settle now, rows whose first attempt is still ahead, and the ids the cursor passed. */
  record Taken(List<DueFollowUp> due, List<DueFollowUp> later, int examined) {
    static final Taken NONE = new Taken(List.of(), List.of(), 0);
  }

  private ActivationBlocks() {}

  static Taken take(
      Connection c, CampaignTimelines timelines, FollowUpChanges changes, Instant now, int limit)
      throws SQLException {
    long first;
    long last;
    long next;
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT first_id, last_id, next_id FROM follow_up_activation ORDER BY first_id"
                    + " LIMIT 1 FOR UPDATE SKIP LOCKED");
        ResultSet block = select.executeQuery()) {
      if (!block.next()) {
        return Taken.NONE;
      }
      first = block.getLong(1);
      last = block.getLong(2);
      next = block.getLong(3);
    }
    long upTo = Math.min(last, next + limit - 1);
    List<DueFollowUp> due = new ArrayList<>();
    List<DueFollowUp> later = new ArrayList<>();
    long expected = next;
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + DueFollowUp.COLUMNS
                + ", wake_at FROM follow_up WHERE id BETWEEN ? AND ? ORDER BY id"
                + " FOR UPDATE SKIP LOCKED")) {
      SqlValues.bindAll(select, next, upTo);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next() && rows.getLong(1) == expected) {
          expected++;
          if (rows.getObject(17) != null) {
            continue; // awake already
          }
          Optional<DueFollowUp> read = changes.readOrSetAside(rows, timelines);
          if (read.isEmpty()) {
            continue;
          }
          DueFollowUp f = read.get();
          if (f.status() == FollowUpStatus.MISSED) {
            due.add(f);
          } else if (f.status() == FollowUpStatus.SCHEDULED) {
            boolean ahead = f.nextAttemptAt() != null && f.nextAttemptAt().isAfter(now);
            (ahead ? later : due).add(f);
          }
        }
      }
    }
    if (expected <= upTo) {
      // stopped short: a row another transaction holds (taken next time), or ids never written
      expected = skipMissing(c, expected, upTo);
    }
    advance(c, first, next, expected, last);
    return new Taken(due, later, (int) (expected - next));
  }

  /** The first id from {@code from} that exists (ids a loader skipped are passed over). */
  private static long skipMissing(Connection c, long from, long upTo) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT MIN(id) FROM follow_up WHERE id BETWEEN ? AND ?")) {
      SqlValues.bindAll(select, from, upTo);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        long found = row.getLong(1);
        return row.wasNull() ? upTo + 1 : found;
      }
    }
  }

  private static void advance(Connection c, long first, long next, long to, long last)
      throws SQLException {
    if (to == next) {
      return;
    }
    try (PreparedStatement statement =
        c.prepareStatement(
            to > last
                ? "DELETE FROM follow_up_activation WHERE first_id = ?"
                : "UPDATE follow_up_activation SET next_id = ? WHERE first_id = ?")) {
      if (to > last) {
        SqlValues.bindAll(statement, first);
      } else {
        SqlValues.bindAll(statement, to, first);
      }
      statement.executeUpdate();
    }
  }
}
