package com.followup.campaign.dnc;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers that opted out of automated survey calls or of texts. The compliance gate reads them for
 * every automated step, at release and again when the step is taken, so a STOP reply stops the next
 * text even when it already waits in the queue. The do-not-call list stops every channel; an
 * opt-out stops one.
 */
@Singleton
public class OptOuts {

  private static final String COLUMNS = "phone, channel, source, reason, opted_out_at";

  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  OptOuts(TransactionOperations<Connection> transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Opts the (E.164) number out of an automated channel. Opting out again keeps the first time and
   * source: a repeated STOP changes nothing.
   *
   * @return the opt-out as stored
   */
  public OptOut optOut(String phone, StepChannel channel, String source, @Nullable String reason) {
    if (!channel.agentless()) {
      throw new IllegalArgumentException(
          "only automated channels can be opted out of; an agent's calls stop with do-not-call");
    }
    String why = reason == null || reason.isBlank() ? null : clip(reason.strip());
    OptOut wanted = new OptOut(phone, channel, source, why, clock.instant());
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO contact_opt_out ("
                      + COLUMNS
                      + ") SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) x WHERE NOT EXISTS"
                      + " (SELECT 1 FROM contact_opt_out WHERE phone = ? AND channel = ?)")) {
            SqlValues.bindAll(
                insert,
                phone,
                channel.name(),
                source,
                why,
                wanted.optedOutAt(),
                phone,
                channel.name());
            insert.executeUpdate();
          }
          return find(c, phone, channel).orElse(wanted);
        });
  }

  /** Opts the number back in (a START reply); false when it had not opted out. */
  public boolean optIn(String phone, StepChannel channel) {
    return transactions.executeWrite(
        status -> {
          try (PreparedStatement delete =
              status
                  .getConnection()
                  .prepareStatement(
                      "DELETE FROM contact_opt_out WHERE phone = ? AND channel = ?")) {
            delete.setString(1, phone);
            delete.setString(2, channel.name());
            return delete.executeUpdate() == 1;
          }
        });
  }

  /** The number's opt-outs. */
  public List<OptOut> of(String phone) {
    return query(" WHERE phone = ? ORDER BY channel", phone, 10);
  }

  /** A page of opt-outs in number order, after {@code after} (null for the first page). */
  public List<OptOut> page(@Nullable String after, int limit) {
    return query(" WHERE phone > ? ORDER BY phone, channel", after == null ? "" : after, limit);
  }

  /** Opt-outs whose number holds the digits searched for, in number order. */
  public List<OptOut> search(String text, int limit) {
    String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return page(null, limit);
    }
    return query(" WHERE phone LIKE ? ORDER BY phone, channel", "%" + digits + "%", limit);
  }

  private static java.util.Optional<OptOut> find(Connection c, String phone, StepChannel channel)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM contact_opt_out WHERE phone = ? AND channel = ?")) {
      select.setString(1, phone);
      select.setString(2, channel.name());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? java.util.Optional.of(read(row)) : java.util.Optional.empty();
      }
    }
  }

  private List<OptOut> query(String where, String value, int limit) {
    return transactions.executeRead(
        status -> {
          List<OptOut> found = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT " + COLUMNS + " FROM contact_opt_out" + where + " LIMIT ?")) {
            select.setString(1, value);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(read(rows));
              }
            }
          }
          return found;
        });
  }

  private static OptOut read(ResultSet row) throws SQLException {
    return new OptOut(
        row.getString(1),
        StepChannel.valueOf(row.getString(2)),
        row.getString(3),
        row.getString(4),
        SqlValues.instant(row, 5));
  }

  private static String clip(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }
}
