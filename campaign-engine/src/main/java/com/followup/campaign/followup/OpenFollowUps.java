package com.followup.campaign.followup;

import com.followup.campaign.bulk.BatchInsertLoader;
import com.followup.campaign.forecast.PendingHours;
import com.followup.campaign.progress.ProgressDeltas;
import com.followup.campaign.record.DealerRecord;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.TimelineStep;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a changed record's open follow-up (SCHEDULED or DUE) up to date: the phone and zone it
 * calls, and its window recomputed from the new event time under the campaign version it was
 * planned with; a deadline that has now passed makes it MISSED. A follow-up the dispatcher took
 * meanwhile (dialing, or finished) is left as it is: the upload only sees the state its transaction
 * began with, so each candidate is read again under its row lock.
 */
@Singleton
class OpenFollowUps {

  private final CampaignTimelines timelines;

  OpenFollowUps(CampaignTimelines timelines) {
    this.timelines = timelines;
  }

  private record Open(long id, long recordPk, String campaign, int version, int step) {}

  /** A candidate's row as it is now, read under its lock. */
  private record Current(String dealer, String status, String missedReason) {
    boolean open() {
      return "SCHEDULED".equals(status) || "DUE".equals(status);
    }
  }

  void replan(Connection c, List<DealerRecord> changed, Instant now, ProgressDeltas progress)
      throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    Map<Long, DealerRecord> records =
        changed.stream().collect(Collectors.toMap(DealerRecord::id, Function.identity()));
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE follow_up SET phone = ?, timezone = ?, window_start = ?, deadline = ?,"
                + " next_attempt_at = ?, status = ?, missed_reason = ?, wake_at = ? WHERE id = ?")) {
      List<Open> candidates = open(c, records.keySet());
      Map<Long, Current> current = locked(c, candidates);
      List<Long> replanned = new ArrayList<>();
      for (Open open : candidates) {
        Current row = current.get(open.id());
        if (row == null || !row.open()) {
          continue;
        }
        DealerRecord record = records.get(open.recordPk());
        CampaignTimeline timeline =
            timelines.version(open.campaign(), open.version()).orElseThrow();
        TimelineStep step = timeline.steps().get(open.step() - 1);
        StepWindow window = StepWindow.of(record.eventTime(), record.zone(), step);
        StepWindow.Standing standing =
            window.standingAt(now, record.zone(), timeline.callingRules());
        Object[] values = {
          record.phone(),
          record.zone().getId(),
          window.start(),
          window.deadline(),
          standing.nextAttempt(),
          standing.status().name(),
          standing.missedReason(),
          standing.wakeAt(),
          open.id()
        };
        for (int i = 0; i < values.length; i++) {
          BatchInsertLoader.bind(update, i + 1, values[i]);
        }
        update.addBatch();
        replanned.add(open.id());
        progress.moved(
            row.dealer(),
            open.campaign(),
            open.step(),
            row.status(),
            row.missedReason(),
            standing.status().name(),
            standing.missedReason());
      }
      PendingHours.leaving(c, replanned);
      update.executeBatch();
      PendingHours.entering(c, replanned);
    }
    dequeue(c, records.keySet());
  }

  /** Replanned follow-ups are SCHEDULED again: none of them waits in a dial queue any more. */
  private static void dequeue(Connection c, java.util.Set<Long> recordPks) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM dial_queue WHERE follow_up_id IN (SELECT id FROM follow_up WHERE"
                + " record_pk IN ("
                + String.join(", ", Collections.nCopies(recordPks.size(), "?"))
                + "))")) {
      int i = 1;
      for (Long pk : recordPks) {
        delete.setLong(i++, pk);
      }
      delete.executeUpdate();
    }
  }

  /**
   * The candidates' rows now, locked by primary key (record locks only: no gap of the step index is
   * held through the upload, so the next steps the dispatcher plans are never blocked).
   */
  private static Map<Long, Current> locked(Connection c, List<Open> candidates)
      throws SQLException {
    Map<Long, Current> found = new java.util.HashMap<>();
    if (candidates.isEmpty()) {
      return found;
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, dealer_code, status, missed_reason FROM follow_up WHERE id IN ("
                + String.join(", ", Collections.nCopies(candidates.size(), "?"))
                + ") FOR UPDATE")) {
      int i = 1;
      for (Open open : candidates) {
        select.setLong(i++, open.id());
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          found.put(r.getLong(1), new Current(r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    return found;
  }

  private static List<Open> open(Connection c, java.util.Set<Long> recordPks) throws SQLException {
    List<Open> found = new ArrayList<>();
    String sql =
        "SELECT id, record_pk, campaign, campaign_version, step FROM follow_up WHERE status IN"
            + " ('SCHEDULED', 'DUE') AND record_pk IN ("
            + String.join(", ", Collections.nCopies(recordPks.size(), "?"))
            + ")";
    try (PreparedStatement select = c.prepareStatement(sql)) {
      int i = 1;
      for (Long pk : recordPks) {
        select.setLong(i++, pk);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          found.add(new Open(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getInt(5)));
        }
      }
    }
    return found;
  }
}
