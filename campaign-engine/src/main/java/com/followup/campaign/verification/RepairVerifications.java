package com.followup.campaign.verification;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repair claims checked with customers ({@code repair_verification}), once per call: a form sent
 * twice records nothing new. The figures per service station come from here.
 */
@Singleton
public class RepairVerifications {

  /** At most this many extra parts, each at most {@link #PART_LENGTH} characters. */
  static final int MAX_EXTRA_PARTS = 20;

  static final int PART_LENGTH = 100;

  private static final String COLUMNS =
      "attempt_id, follow_up_id, dealer_code, record_id, repair_done, answers, extra_parts,"
          + " ticket_id, agent, verified_at";

  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  RepairVerifications(TransactionOperations<Connection> transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A verification just recorded, or the one recorded for the call before. */
  public record Recorded(RepairVerification verification, boolean isNew) {}

  /**
   * Records what the customer said of the station's claim; every reported part must be answered,
   * and only those. Runs in the caller's transaction when there is one.
   */
  public Recorded record(
      long attemptId,
      long followUpId,
      String dealerCode,
      String recordId,
      List<String> claimedParts,
      RepairCheck check,
      String agent) {
    for (String part : claimedParts) {
      if (!check.parts().containsKey(part)) {
        throw new IllegalArgumentException("part '" + part + "' is not answered");
      }
    }
    for (String part : check.parts().keySet()) {
      if (!claimedParts.contains(part)) {
        throw new IllegalArgumentException(
            "'" + part + "' was not reported by the station: name it as an extra part");
      }
    }
    if (check.extraParts().size() > MAX_EXTRA_PARTS
        || check.extraParts().stream().anyMatch(p -> p.isBlank() || p.length() > PART_LENGTH)) {
      throw new IllegalArgumentException(
          "at most " + MAX_EXTRA_PARTS + " extra parts of 1 to " + PART_LENGTH + " characters");
    }
    return transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          Optional<RepairVerification> before = select(c, attemptId, true);
          if (before.isPresent()) {
            return new Recorded(before.get(), false);
          }
          int notConfirmed = count(check, ClaimAnswer.NOT_CONFIRMED);
          int unsure = count(check, ClaimAnswer.UNSURE);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO repair_verification (attempt_id, follow_up_id, dealer_code,"
                      + " record_id, repair_done, parts_claimed, parts_not_confirmed,"
                      + " parts_unsure, answers, extra_parts, mismatch, agent, verified_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            SqlValues.bindAll(
                insert,
                attemptId,
                followUpId,
                dealerCode,
                recordId,
                check.repairDone(),
                claimedParts.size(),
                notConfirmed,
                unsure,
                answers(claimedParts, check),
                check.extraParts().isEmpty() ? null : String.join("\n", check.extraParts()),
                check.mismatch(),
                agent,
                clock.instant());
            insert.executeUpdate();
          }
          return new Recorded(select(c, attemptId, false).orElseThrow(), true);
        });
  }

  /** Keeps the id of the ticket a mismatch opened. */
  public void linkTicket(long attemptId, long ticketId) {
    transactions.executeWrite(
        s -> {
          try (PreparedStatement update =
              s.getConnection()
                  .prepareStatement(
                      "UPDATE repair_verification SET ticket_id = ? WHERE attempt_id = ?"
                          + " AND ticket_id IS NULL")) {
            SqlValues.bindAll(update, ticketId, attemptId);
            return update.executeUpdate();
          }
        });
  }

  public Optional<RepairVerification> find(long attemptId) {
    return transactions.executeRead(s -> select(s.getConnection(), attemptId, false));
  }

  /** Per service station, the claims checked in {@code [from, until)}; one station or all. */
  public List<StationVerification> byStation(
      java.time.Instant from, java.time.Instant until, @Nullable String dealerCode) {
    String sql =
        "SELECT dealer_code, COUNT(*) AS verified,"
            + " SUM(CASE WHEN mismatch THEN 1 ELSE 0 END) AS mismatches,"
            + " SUM(CASE WHEN repair_done = 'NOT_CONFIRMED' THEN 1 ELSE 0 END) AS not_done,"
            + " SUM(parts_claimed) AS claimed, SUM(parts_not_confirmed) AS not_confirmed,"
            + " SUM(parts_unsure) AS unsure FROM repair_verification"
            + " WHERE verified_at >= ? AND verified_at < ?"
            + (dealerCode == null ? "" : " AND dealer_code = ?")
            + " GROUP BY dealer_code ORDER BY dealer_code";
    return transactions.executeRead(
        s -> {
          try (PreparedStatement select = s.getConnection().prepareStatement(sql)) {
            SqlValues.bindAll(select, from, until);
            if (dealerCode != null) {
              SqlValues.bind(select, 3, dealerCode);
            }
            List<StationVerification> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                rows.add(
                    new StationVerification(
                        row.getString("dealer_code"),
                        row.getLong("verified"),
                        row.getLong("mismatches"),
                        row.getLong("not_done"),
                        row.getLong("claimed"),
                        row.getLong("not_confirmed"),
                        row.getLong("unsure")));
              }
            }
            return rows;
          }
        });
  }

  private static int count(RepairCheck check, ClaimAnswer answer) {
    return (int) check.parts().values().stream().filter(a -> a == answer).count();
  }

  /** One line per claimed part, in the record's order: {@code part=ANSWER}. */
  private static String answers(List<String> claimed, RepairCheck check) {
    StringBuilder lines = new StringBuilder();
    for (String part : claimed) {
      lines
          .append(lines.isEmpty() ? "" : "\n")
          .append(part)
          .append('=')
          .append(check.parts().get(part));
    }
    return lines.toString();
  }

  private static Optional<RepairVerification> select(Connection c, long attemptId, boolean lock)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM repair_verification WHERE attempt_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      select.setLong(1, attemptId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  private static RepairVerification read(ResultSet row) throws SQLException {
    Map<String, ClaimAnswer> parts = new LinkedHashMap<>();
    List<String> claimed = new ArrayList<>();
    String answers = row.getString("answers");
    if (answers != null && !answers.isEmpty()) {
      for (String line : answers.split("\n")) {
        int eq = line.lastIndexOf('=');
        claimed.add(line.substring(0, eq));
        parts.put(line.substring(0, eq), ClaimAnswer.valueOf(line.substring(eq + 1)));
      }
    }
    String extra = row.getString("extra_parts");
    long ticket = row.getLong("ticket_id");
    Long ticketId = row.wasNull() ? null : ticket;
    return new RepairVerification(
        row.getLong("attempt_id"),
        row.getLong("follow_up_id"),
        row.getString("dealer_code"),
        row.getString("record_id"),
        List.copyOf(claimed),
        new RepairCheck(
            ClaimAnswer.valueOf(row.getString("repair_done")),
            parts,
            extra == null ? List.of() : Arrays.asList(extra.split("\n"))),
        ticketId,
        row.getString("agent"),
        SqlValues.instant(row, "verified_at"));
  }
}
