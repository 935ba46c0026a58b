package com.followup.campaign.report;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign engine's figures for reports: the follow-up steps that ended (completed or missed)
 * in a period, by the moment they ended ({@code follow_up.settled_at}). The GROUP BY reads only the
 * covering index {@code ix_follow_up_settled}; {@link #settledTotals} reads the daily roll-up
 * ({@link SettledRollup}).
 */
@Singleton
public class FollowUpReports {

  private static final String SETTLED =
      "SELECT TIMESTAMPADD(HOUR, HOUR(settled_at), CAST(CAST(settled_at AS DATE) AS DATETIME))"
          + " AS h, dealer_code, campaign, step,"
          + " status, missed_reason, CASE WHEN settled_at <= deadline THEN 1 ELSE 0 END AS in_window,"
          + " COUNT(*) AS n FROM follow_up WHERE settled_at >= ? AND settled_at < ?"
          + " AND status IN ('COMPLETED', 'MISSED')"
          + " GROUP BY h, dealer_code, campaign, step, status, missed_reason, in_window";

  /** The same figures summed over a range (no hour); bind from, to. */
  static final String SETTLED_TOTALS =
      "SELECT dealer_code, campaign, step, status, missed_reason,"
          + " CASE WHEN settled_at <= deadline THEN 1 ELSE 0 END AS in_window,"
          + " COUNT(*) AS n FROM follow_up WHERE settled_at >= ? AND settled_at < ?"
          + " AND status IN ('COMPLETED', 'MISSED')"
          + " GROUP BY dealer_code, campaign, step, status, missed_reason, in_window";

  private final TransactionOperations<Connection> transactions;
  private final SettledRollup rollup;

  FollowUpReports(TransactionOperations<Connection> transactions, SettledRollup rollup) {
    this.transactions = transactions;
    this.rollup = rollup;
  }

  /**
   * Steps that ended in [from, to), summed over the range ({@code hour} is {@code from}): the UTC
   * days that have passed by {@code now} from the daily roll-up (rebuilt first where marked), the
   * rest from the rows. The same as summing {@link #settled}.
   */
  public List<SettledSteps> settledTotals(Instant from, Instant to, Instant now) {
    Instant first = SettledRollup.ceilDay(from);
    Instant last = SettledRollup.floorDay(to.isBefore(now) ? to : now);
    java.util.Map<List<Object>, Long> sums = new java.util.LinkedHashMap<>();
    List<SettledSteps> parts = new ArrayList<>();
    if (last.isAfter(first)) {
      parts.addAll(rollup.days(first, last));
      parts.addAll(raw(from, first));
      parts.addAll(raw(last, to));
    } else {
      parts.addAll(raw(from, to));
    }
    for (SettledSteps p : parts) {
      sums.merge(
          java.util.Arrays.asList(
              p.dealerCode(), p.campaign(), p.step(), p.status(), p.missedReason(), p.inWindow()),
          p.count(),
          Long::sum);
    }
    List<SettledSteps> steps = new ArrayList<>();
    sums.forEach(
        (k, n) ->
            steps.add(
                new SettledSteps(
                    from,
                    (String) k.get(0),
                    (String) k.get(1),
                    (Integer) k.get(2),
                    (String) k.get(3),
                    (String) k.get(4),
                    (Boolean) k.get(5),
                    n)));
    return steps;
  }

  private List<SettledSteps> raw(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return List.of();
    }
    return transactions.executeRead(
        s -> SettledRollup.read(s.getConnection(), SETTLED_TOTALS, from, from, to));
  }

  /** Steps that ended in [from, to), per UTC hour. */
  public List<SettledSteps> settled(Instant from, Instant to) {
    return transactions.executeRead(
        s -> {
          try (PreparedStatement select = s.getConnection().prepareStatement(SETTLED)) {
            SqlValues.bindAll(select, from, to);
            List<SettledSteps> steps = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                steps.add(
                    new SettledSteps(
                        row.getObject("h", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString("dealer_code"),
                        row.getString("campaign"),
                        row.getInt("step"),
                        row.getString("status"),
                        row.getString("missed_reason"),
                        row.getInt("in_window") == 1,
                        row.getLong("n")));
              }
            }
            return steps;
          }
        });
  }
}
