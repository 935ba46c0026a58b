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
 * covering index {@code ix_follow_up_settled}.
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

  private final TransactionOperations<Connection> transactions;

  FollowUpReports(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
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
