package com.followup.campaign.forecast;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.dispatch.DispatchSettings;
import com.followup.campaign.followup.CallingWindow;
import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The campaign engine's answer to the staffing forecast: its pending follow-ups (SCHEDULED rows
 * whose next attempt comes before the horizon, and the DUE rows waiting in the dial queue) counted
 * by campaign step, zone, hour of next attempt, hour of deadline and attempts left. One grouped
 * statement per kind, so a million pending rows come back as a few thousand groups.
 */
@Singleton
public class CallableFollowUps {

  /** Pending rows grouped; parameters: from three times, then the filter's. */
  private static final String GROUPED =
      "SELECT campaign, campaign_version, step, timezone, attempts, h, d, COUNT(*) FROM ("
          + "SELECT f.campaign, f.campaign_version, f.step, f.timezone, f.attempts,"
          + " TIMESTAMPDIFF(HOUR, ?, COALESCE(f.next_attempt_at, ?)) AS h,"
          + " TIMESTAMPDIFF(HOUR, ?, f.deadline) AS d %s) t"
          + " GROUP BY campaign, campaign_version, step, timezone, attempts, h, d";

  private final TransactionOperations<Connection> transactions;
  private final CampaignTimelines timelines;
  private final DispatchSettings settings;

  CallableFollowUps(
      TransactionOperations<Connection> transactions,
      CampaignTimelines timelines,
      DispatchSettings settings) {
    this.transactions = transactions;
    this.timelines = timelines;
    this.settings = settings;
  }

  /**
   * Pending follow-ups callable before {@code until}, grouped; {@code from} must be the start of an
   * hour (rows due earlier count in its hour).
   */
  public List<CallableGroup> before(Instant from, Instant until) {
    return transactions.executeRead(
        status -> {
          Connection c = status.getConnection();
          List<CallableGroup> groups = new ArrayList<>();
          read(
              c,
              GROUPED.formatted("FROM follow_up f WHERE f.wake_at < ? AND f.status = 'SCHEDULED'"),
              from,
              groups,
              from,
              from,
              from,
              until);
          read(
              c,
              GROUPED.formatted(
                  "FROM dial_queue q JOIN follow_up f ON f.id = q.follow_up_id"
                      + " WHERE f.status = 'DUE'"),
              from,
              groups,
              from,
              from,
              from);
          return groups;
        });
  }

  private void read(
      Connection c, String sql, Instant from, List<CallableGroup> into, Object... parameters)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      SqlValues.bindAll(select, parameters);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          group(row, from).ifPresent(into::add);
        }
      }
    }
  }

  private Optional<CallableGroup> group(ResultSet row, Instant from) throws SQLException {
    Optional<CampaignTimeline> timeline = timelines.version(row.getString(1), row.getInt(2));
    int step = row.getInt(3);
    if (timeline.isEmpty() || step < 1 || step > timeline.get().steps().size()) {
      return Optional.empty();
    }
    CallingRules rules = timeline.get().callingRules();
    int allowed =
        Math.min(timeline.get().steps().get(step - 1).maxAttempts(), rules.maxAttemptsTotal());
    Instant callable = from.plus(Duration.ofHours(Math.max(0, row.getLong(6))));
    Instant deadline = from.plus(Duration.ofHours(row.getLong(7)));
    ZoneId zone = zone(row.getString(4));
    if (zone != null) {
      callable = hourOf(CallingWindow.earliest(callable, zone, rules), callable);
    }
    return Optional.of(
        new CallableGroup(
            row.getString(1),
            step,
            zone,
            callable,
            deadline,
            Math.max(1, allowed - row.getInt(5)),
            row.getLong(8),
            rules,
            rules.retryAfter("NO_ANSWER").orElse(settings.defaultRetry())));
  }

  /** The start of the hour of {@code moment}, never before {@code floor}. */
  private static Instant hourOf(Instant moment, Instant floor) {
    Instant hour = Instant.ofEpochSecond(moment.getEpochSecond() / 3600 * 3600);
    return hour.isBefore(floor) ? floor : hour;
  }

  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException | NullPointerException unknown) {
      return null;
    }
  }
}
