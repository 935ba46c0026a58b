package com.followup.dialer.messaging;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.ids.IdBlocks;
import com.followup.dialer.telephony.TelephonyMode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The {@code text_message} table: every text sent for an SMS step, owned by the dialer. */
@Singleton
public class TextMessages {

  static final String COLUMNS =
      "id, follow_up_id, attempt, campaign, phone, body, language, encoding, segments,"
          + " telephony_mode, provider_sid, status, error_code, created_at, sent_at, delivered_at,"
          + " ended_at, failure_reason";

  private static final String SEQUENCE = "text_message";

  private final TransactionOperations<Connection> transactions;
  private final IdBlocks ids;

  TextMessages(TransactionOperations<Connection> transactions, IdBlocks ids) {
    this.transactions = transactions;
    this.ids = ids;
  }

  /** What {@link #open} found: the stored row, and whether this call wrote it. */
  public record Opened(TextMessage text, boolean created) {}

  /**
   * Writes the text of a step's attempt before it is sent; when that attempt already has one (an
   * earlier run wrote it, and may have sent it), returns that one instead, unchanged.
   */
  public Opened open(
      long followUpId,
      int attempt,
      String campaign,
      String phone,
      String body,
      String language,
      String encoding,
      int segments,
      TelephonyMode mode,
      Instant at) {
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          Optional<TextMessage> before = byAttempt(c, followUpId, attempt);
          if (before.isPresent()) {
            return new Opened(before.get(), false);
          }
          TextMessage text =
              new TextMessage(
                  ids.reserve(SEQUENCE, 1),
                  followUpId,
                  attempt,
                  campaign,
                  phone,
                  body,
                  language,
                  encoding,
                  segments,
                  mode,
                  null,
                  TextStatus.QUEUED,
                  null,
                  at,
                  null,
                  null,
                  null,
                  null);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO text_message ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            SqlValues.bindAll(
                insert,
                text.id(),
                followUpId,
                attempt,
                campaign,
                phone,
                body,
                language,
                encoding,
                segments,
                mode,
                null,
                TextStatus.QUEUED,
                null,
                at,
                null,
                null,
                null,
                null);
            insert.executeUpdate();
          }
          return new Opened(text, true);
        });
  }

  public Optional<TextMessage> find(long id) {
    return transactions.executeRead(status -> select(status.getConnection(), id, false));
  }

  /** True when a provider sid belongs to one of our texts. */
  public boolean knowsSid(String sid) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement("SELECT 1 FROM text_message WHERE provider_sid = ?")) {
            select.setString(1, sid);
            try (ResultSet row = select.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  /** The latest text of each follow-up given that has one. */
  public Map<Long, TextMessage> latestOf(Collection<Long> followUpIds) {
    Map<Long, TextMessage> latest = new LinkedHashMap<>();
    if (followUpIds.isEmpty()) {
      return latest;
    }
    String marks = String.join(",", java.util.Collections.nCopies(followUpIds.size(), "?"));
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT "
                          + COLUMNS
                          + " FROM text_message WHERE follow_up_id IN ("
                          + marks
                          + ") ORDER BY follow_up_id, attempt")) {
            SqlValues.bindAll(select, followUpIds.toArray());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                TextMessage t = read(rows);
                latest.put(t.followUpId(), t);
              }
            }
          }
          return latest;
        });
  }

  /**
   * A campaign's texts written in a period.
   *
   * @param sent texts the provider accepted
   * @param delivered texts reported delivered
   * @param undelivered texts reported undelivered or failed (including those never accepted)
   * @param segments the segments of the accepted texts (what the account is charged for)
   */
  @io.micronaut.serde.annotation.Serdeable
  public record CampaignTexts(
      String campaign, long sent, long delivered, long undelivered, long segments) {

    /** Delivered of the texts whose final report came; null before any did. */
    public @Nullable Double deliveryRate() {
      long settled = delivered + undelivered;
      return settled == 0 ? null : Math.round(10_000.0 * delivered / settled) / 10_000.0;
    }
  }

  /** Per campaign, the texts written in {@code [from, to)}, by campaign code. */
  public List<CampaignTexts> byCampaign(Instant from, Instant to) {
    return transactions.executeRead(
        status -> {
          List<CampaignTexts> all = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT campaign,"
                          + " SUM(CASE WHEN provider_sid IS NOT NULL THEN 1 ELSE 0 END),"
                          + " SUM(CASE WHEN status = 'DELIVERED' THEN 1 ELSE 0 END),"
                          + " SUM(CASE WHEN status IN ('UNDELIVERED', 'FAILED') THEN 1 ELSE 0 END),"
                          + " SUM(CASE WHEN provider_sid IS NOT NULL THEN segments ELSE 0 END)"
                          + " FROM text_message WHERE created_at >= ? AND created_at < ?"
                          + " GROUP BY campaign ORDER BY campaign")) {
            SqlValues.bindAll(select, from, to);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                all.add(
                    new CampaignTexts(
                        rows.getString(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5)));
              }
            }
          }
          return all;
        });
  }

  /** The texts of one follow-up, oldest first. */
  public List<TextMessage> ofFollowUp(long followUpId) {
    return transactions.executeRead(
        status -> {
          List<TextMessage> all = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT "
                          + COLUMNS
                          + " FROM text_message WHERE follow_up_id = ? ORDER BY attempt")) {
            select.setLong(1, followUpId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                all.add(read(rows));
              }
            }
          }
          return all;
        });
  }

  /**
   * Changes a text under a row lock: {@code change} gets the stored text and returns the new one,
   * or empty to leave it. Returns the stored result when something changed.
   */
  Optional<TextMessage> change(long id, Function<TextMessage, Optional<TextMessage>> change) {
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          Optional<TextMessage> changed = select(c, id, true).flatMap(change);
          if (changed.isPresent()) {
            TextMessage t = changed.get();
            try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE text_message SET provider_sid = ?, status = ?, error_code = ?,"
                        + " sent_at = ?, delivered_at = ?, ended_at = ?, failure_reason = ?"
                        + " WHERE id = ?")) {
              SqlValues.bindAll(
                  update,
                  t.providerSid(),
                  t.status(),
                  t.errorCode(),
                  t.sentAt(),
                  t.deliveredAt(),
                  t.endedAt(),
                  clip(t.failureReason()),
                  t.id());
              update.executeUpdate();
            }
          }
          return changed;
        });
  }

  private static @Nullable String clip(@Nullable String text) {
    return text == null || text.length() <= 255 ? text : text.substring(0, 254) + "…";
  }

  private static Optional<TextMessage> byAttempt(Connection c, long followUpId, int attempt)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM text_message WHERE follow_up_id = ? AND attempt = ?")) {
      select.setLong(1, followUpId);
      select.setInt(2, attempt);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  private static Optional<TextMessage> select(Connection c, long id, boolean lock)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM text_message WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  static TextMessage read(ResultSet row) throws SQLException {
    return new TextMessage(
        row.getLong("id"),
        row.getLong("follow_up_id"),
        row.getInt("attempt"),
        row.getString("campaign"),
        row.getString("phone"),
        row.getString("body"),
        row.getString("language"),
        row.getString("encoding"),
        row.getInt("segments"),
        TelephonyMode.valueOf(row.getString("telephony_mode")),
        row.getString("provider_sid"),
        TextStatus.valueOf(row.getString("status")),
        row.getString("error_code"),
        SqlValues.instant(row, "created_at"),
        SqlValues.instant(row, "sent_at"),
        SqlValues.instant(row, "delivered_at"),
        SqlValues.instant(row, "ended_at"),
        row.getString("failure_reason"));
  }
}
