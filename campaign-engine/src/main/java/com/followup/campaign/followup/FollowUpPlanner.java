package com.followup.campaign.followup;

import com.followup.campaign.bulk.TableLoader;
import com.followup.campaign.bulk.TableLoaders;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.progress.ProgressDeltas;
import com.followup.campaign.record.DealerRecord;
import com.followup.campaign.record.RecordHandOff;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.TimelineStep;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans follow-ups when a record arrives, in the upload's transaction: the first step whose
 * deadline is still ahead gets a row (later steps only when it ends), steps whose deadline had
 * already passed are recorded as MISSED because the record came late, and the first attempt is
 * placed inside calling hours in the customer's zone. The rows are written without a wake time and
 * registered as one block with {@link FollowUpActivations}: the dispatcher wakes them once the
 * upload has committed, so its claims never walk an upload's uncommitted rows.
 */
@Singleton
class FollowUpPlanner implements RecordHandOff {

  private final CampaignTimelines timelines;
  private final TransactionOperations<Connection> transactions;
  private final TableLoaders loaders;
  private final IdBlocks ids;
  private final OpenFollowUps open;
  private final Clock clock;

  FollowUpPlanner(
      CampaignTimelines timelines,
      TransactionOperations<Connection> transactions,
      TableLoaders loaders,
      IdBlocks ids,
      OpenFollowUps open,
      Clock clock) {
    this.timelines = timelines;
    this.transactions = transactions;
    this.loaders = loaders;
    this.ids = ids;
    this.open = open;
    this.clock = clock;
  }

  /** The new records' first rows, encoded, the block of ids they hold, and what they count. */
  private record Planned(TableLoader.Encoded rows, long firstId, ProgressDeltas progress) {
    long lastId() {
      return firstId + rows.size() - 1;
    }
  }

  @Override
  public void handOff(List<DealerRecord> records) {
    Instant now = clock.instant();
    insert(records, plan(records, now), now);
  }

  /** Plans and encodes the candidates' rows ahead; stores them if the candidates are stored. */
  @Override
  public Prepared prepare(List<DealerRecord> candidates) {
    Instant now = clock.instant();
    Planned planned = plan(candidates, now);
    return records -> {
      if (records.equals(candidates)) {
        insert(records, planned, now);
      } else {
        handOff(records);
      }
    };
  }

  private void insert(List<DealerRecord> records, Planned planned, Instant now) {
    Connection connection = transactions.getConnection();
    try {
      List<DealerRecord> changed = records.stream().filter(r -> r.version() > 1).toList();
      ProgressDeltas progress = planned.progress();
      open.replan(connection, changed, now, progress);
      if (planned.rows().size() > 0) {
        loaders.loader().insertAll(connection, "follow_up", FollowUpRows.COLUMNS, planned.rows());
        FollowUpActivations.register(connection, planned.firstId(), planned.lastId(), now);
      }
      progress.write(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot plan follow-ups", e);
    }
  }

  private Planned plan(List<DealerRecord> records, Instant now) {
    List<Object[]> rows = newRows(records, now);
    long firstId = rows.isEmpty() ? 0 : (long) rows.get(0)[0];
    ProgressDeltas progress = new ProgressDeltas();
    rows.forEach(progress::added);
    return new Planned(loaders.loader().encode(rows), firstId, progress);
  }

  /** The first rows of the new records' follow-ups, with their ids and no wake time yet. */
  private List<Object[]> newRows(List<DealerRecord> records, Instant now) {
    Map<String, CampaignTimeline> byType =
        timelines.current().stream()
            .filter(t -> t.recordType() != null)
            .collect(
                Collectors.toMap(CampaignTimeline::recordType, Function.identity(), (a, b) -> a));
    List<Object[]> rows = new ArrayList<>();
    for (DealerRecord record : records) {
      CampaignTimeline timeline = byType.get(record.type().name());
      if (record.version() == 1 && timeline != null) {
        plan(record, timeline, now, rows);
      }
    }
    if (!rows.isEmpty()) {
      long first = ids.reserve("follow_up", rows.size());
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i)[0] = first + i;
        rows.get(i)[FollowUpRows.WAKE_AT] = null; // woken by the dispatcher once committed
      }
    }
    return rows;
  }

  private static void plan(
      DealerRecord record, CampaignTimeline timeline, Instant now, List<Object[]> rows) {
    for (TimelineStep step : timeline.steps()) {
      StepWindow window = StepWindow.of(record.eventTime(), record.zone(), step);
      StepWindow.Standing standing = window.standingAt(now, record.zone(), timeline.callingRules());
      rows.add(
          FollowUpRows.row(
              record.dealerCode(),
              record.id(),
              record.phone(),
              record.zone(),
              timeline,
              step,
              window,
              standing,
              now));
      if (standing.status() != FollowUpStatus.MISSED) {
        return; // later steps get their rows when this one ends
      }
    }
  }
}
