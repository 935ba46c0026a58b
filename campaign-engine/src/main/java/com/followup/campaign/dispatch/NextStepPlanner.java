package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.bulk.TableLoaders;
import com.followup.campaign.followup.FollowUpRows;
import com.followup.campaign.followup.StepWindow;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.TimelineStep;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Plans a record's next step when one is completed, under the same campaign version, from the
 * record's current event time.
 */
@Singleton
class NextStepPlanner {

  private final CampaignTimelines timelines;
  private final TableLoaders loaders;
  private final IdBlocks ids;

  NextStepPlanner(CampaignTimelines timelines, TableLoaders loaders, IdBlocks ids) {
    this.timelines = timelines;
    this.loaders = loaders;
    this.ids = ids;
  }

  /** The step after {@code done} for a record whose event was at {@code eventTime}. */
  record Next(TimelineStep step, ZoneId zone, StepWindow window) {
    NextStep view() {
      return new NextStep(step.step(), window.start(), window.deadline());
    }
  }

  /** Empty after the last step, or when the customer's zone is unknown. */
  static Optional<Next> next(CampaignTimeline timeline, DueFollowUp done, Instant eventTime) {
    if (done.step() >= timeline.steps().size()) {
      return Optional.empty();
    }
    TimelineStep step = timeline.steps().get(done.step());
    return ComplianceGate.zoneOf(done.timezone())
        .map(zone -> new Next(step, zone, StepWindow.of(eventTime, zone, step)));
  }

  /**
   * Holds a follow-up back for {@code verdict}; an automated step the customer may not get (no
   * consent, opted out) is cancelled and the timeline goes on with its next step.
   */
  void holdBack(Connection c, DueFollowUp f, Verdict verdict, FollowUpChanges changes, Instant now)
      throws SQLException {
    changes.holdBack(f, verdict);
    if (verdict instanceof Verdict.Cancel cancel
        && cancel.rule().endsOnlyTheStep()
        && f.ticketId() == null) {
      planAfter(c, f, now, changes);
    }
  }

  /** Writes the row of the step after {@code done}; null when it was the last step. */
  NextStep planAfter(Connection c, DueFollowUp done, Instant now, FollowUpChanges changes)
      throws SQLException {
    CampaignTimeline timeline =
        timelines.version(done.campaign(), done.campaignVersion()).orElseThrow();
    Optional<Next> next =
        eventTime(c, done.recordPk()).flatMap(eventTime -> next(timeline, done, eventTime));
    if (next.isEmpty()) {
      return null;
    }
    Next planned = next.get();
    StepWindow.Standing standing =
        planned.window().standingAt(now, planned.zone(), timeline.callingRules());
    Object[] row =
        FollowUpRows.row(
            done.dealerCode(),
            done.recordPk(),
            done.phone(),
            planned.zone(),
            timeline,
            planned.step(),
            planned.window(),
            standing,
            now);
    row[0] = ids.reserve("follow_up", 1);
    loaders.loader().insertAll(c, "follow_up", FollowUpRows.COLUMNS, List.<Object[]>of(row));
    changes.planned(row);
    return planned.view();
  }

  private static Optional<Instant> eventTime(Connection c, long recordPk) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT event_time FROM dealer_record WHERE id = ?")) {
      select.setLong(1, recordPk);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(SqlValues.instant(row, 1)) : Optional.empty();
      }
    }
  }
}
