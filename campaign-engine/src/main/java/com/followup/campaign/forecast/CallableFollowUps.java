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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign engine's answer to the staffing forecast: its pending follow-ups (SCHEDULED rows
 * whose wake time comes before the horizon, and the DUE rows waiting in the dial queue) counted by
 * campaign step, zone, hour of next attempt, hour of deadline and attempts left. {@link #before}
 * reads them from the hourly counts {@link PendingHours} keeps (a few thousand rows however many
 * follow-ups are pending); {@link #fromRows} counts the same from the follow_up rows themselves
 * (one grouped statement per kind, a scan of every pending row), the reference the counts are
 * tested against. Both give the same groups in the same order.
 */
@Singleton
public class CallableFollowUps {

  private static final Logger LOG = LoggerFactory.getLogger(CallableFollowUps.class);

  /** Pending rows grouped; parameters: from three times, then the filter's. */
  private static final String GROUPED =
      "SELECT campaign, campaign_version, step, timezone, attempts, h, d, COUNT(*) FROM ("
          + "SELECT f.campaign, f.campaign_version, f.step, f.timezone, f.attempts,"
          + " TIMESTAMPDIFF(HOUR, ?, COALESCE(f.next_attempt_at, ?)) AS h,"
          + " TIMESTAMPDIFF(HOUR, ?, f.deadline) AS d %s) t"
          + " GROUP BY campaign, campaign_version, step, timezone, attempts, h, d";

  private static final String COUNTED =
      "campaign, campaign_version, step, timezone, attempts, next_hour, deadline_hour,"
          + " deadline_on_hour";

  /** The hourly counts plus the deltas not yet folded in, in one statement (one snapshot). */
  private static final String COUNTS =
      "SELECT "
          + COUNTED
          + ", SUM(n) FROM (SELECT "
          + COUNTED
          + ", n FROM follow_up_pending WHERE status = 'DUE' OR (status = 'SCHEDULED' AND"
          + " wake_hour < ?) UNION ALL SELECT "
          + COUNTED
          + ", n FROM follow_up_pending_delta WHERE status = 'DUE' OR (status = 'SCHEDULED' AND"
          + " wake_hour < ?)) p GROUP BY "
          + COUNTED;

  /**
   * What the forecast tells pending rows apart by: {@code h} hours from the first hour to the next
   * attempt (0 for earlier), {@code d} to the deadline as MariaDB's TIMESTAMPDIFF counts it (whole
   * hours, truncated towards zero).
   */
  private record Counted(
      String campaign, int version, int step, String timezone, int attempts, long h, long d)
      implements Comparable<Counted> {

    private static final Comparator<Counted> ORDER =
        Comparator.comparing(Counted::campaign)
            .thenComparingInt(Counted::version)
            .thenComparingInt(Counted::step)
            .thenComparing(Counted::timezone)
            .thenComparingInt(Counted::attempts)
            .thenComparingLong(Counted::h)
            .thenComparingLong(Counted::d);

    @Override
    public int compareTo(Counted o) {
      return ORDER.compare(this, o);
    }
  }

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
   * Pending follow-ups callable before {@code until}, grouped, from the hourly counts; {@code from}
   * and {@code until} must be starts of hours (rows due earlier count in the first hour).
   */
  public List<CallableGroup> before(Instant from, Instant until) {
    long first = wholeHour(from);
    long last = wholeHour(until);
    Map<Counted, Long> counted = new TreeMap<>();
    transactions.executeRead(
        status -> {
          try (PreparedStatement select = status.getConnection().prepareStatement(COUNTS)) {
            SqlValues.bindAll(select, last, last);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                long next = row.getLong(6);
                long deadline = row.getLong(7);
                boolean onHour = row.getInt(8) == 1;
                counted.merge(
                    new Counted(
                        row.getString(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getString(4),
                        row.getInt(5),
                        Math.max(0, next - first),
                        deadline >= first || onHour ? deadline - first : deadline - first + 1),
                    row.getLong(9),
                    Long::sum);
              }
            }
          }
          return null;
        });
    return groups(counted, from);
  }

  /**
   * The same as {@link #before}, counted from the follow_up rows themselves: a scan of every
   * pending row (the reference for the hourly counts, and what the forecast cost before them).
   */
  public List<CallableGroup> fromRows(Instant from, Instant until) {
    Map<Counted, Long> counted = new TreeMap<>();
    transactions.executeRead(
        status -> {
          Connection c = status.getConnection();
          read(
              c,
              GROUPED.formatted("FROM follow_up f WHERE f.wake_at < ? AND f.status = 'SCHEDULED'"),
              counted,
              from,
              from,
              from,
              until);
          read(
              c,
              GROUPED.formatted(
                  "FROM dial_queue q JOIN follow_up f ON f.id = q.follow_up_id"
                      + " WHERE f.status = 'DUE'"),
              counted,
              from,
              from,
              from);
          return null;
        });
    return groups(counted, from);
  }

  private static long wholeHour(Instant at) {
    if (at.getEpochSecond() % 3600 != 0 || at.getNano() != 0) {
      throw new IllegalArgumentException("not the start of an hour: " + at);
    }
    return Math.floorDiv(at.getEpochSecond(), 3600);
  }

  private static void read(Connection c, String sql, Map<Counted, Long> into, Object... parameters)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      SqlValues.bindAll(select, parameters);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          into.merge(
              new Counted(
                  row.getString(1),
                  row.getInt(2),
                  row.getInt(3),
                  row.getString(4),
                  row.getInt(5),
                  Math.max(0, row.getLong(6)),
                  row.getLong(7)),
              row.getLong(8),
              Long::sum);
        }
      }
    }
  }

  private List<CallableGroup> groups(Map<Counted, Long> counted, Instant from) {
    List<CallableGroup> groups = new ArrayList<>();
    for (Map.Entry<Counted, Long> entry : counted.entrySet()) {
      if (entry.getValue() < 0) {
        LOG.warn("Pending follow-ups counted below zero, left out: {}", entry);
      }
      if (entry.getValue() > 0) {
        group(entry.getKey(), entry.getValue(), from).ifPresent(groups::add);
      }
    }
    return groups;
  }

  private Optional<CallableGroup> group(Counted row, long followUps, Instant from) {
    Optional<CampaignTimeline> timeline = timelines.version(row.campaign(), row.version());
    int step = row.step();
    if (timeline.isEmpty() || step < 1 || step > timeline.get().steps().size()) {
      return Optional.empty();
    }
    if (timeline.get().steps().get(step - 1).channel().agentless()) {
      return Optional.empty(); // texts and survey calls take no agent's time
    }
    CallingRules rules = timeline.get().callingRules();
    int allowed =
        Math.min(timeline.get().steps().get(step - 1).maxAttempts(), rules.maxAttemptsTotal());
    Instant callable = from.plus(Duration.ofHours(row.h()));
    Instant deadline = from.plus(Duration.ofHours(row.d()));
    ZoneId zone = zone(row.timezone());
    if (zone != null) {
      callable = hourOf(CallingWindow.earliest(callable, zone, rules), callable);
    }
    return Optional.of(
        new CallableGroup(
            row.campaign(),
            step,
            zone,
            callable,
            deadline,
            Math.max(1, allowed - row.attempts()),
            followUps,
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
