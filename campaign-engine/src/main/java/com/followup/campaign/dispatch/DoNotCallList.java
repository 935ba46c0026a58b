package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
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
import java.util.Optional;

/**
 * The do-not-call list. Every dial path checks it through the compliance gate, at release and again
 * at the moment of dialing, so an entry added while a follow-up waits in the queue still stops it.
 */
@Singleton
public class DoNotCallList {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String COLUMNS = "phone, reason, added_by, added_at";

  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  DoNotCallList(TransactionOperations<Connection> transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The number in E.164.
   *
   * @param region the country of a national number (ISO code), or null for international form
   * @throws IllegalArgumentException when it is not a valid phone number
   */
  public static String normalize(String text, @Nullable String region) {
    try {
      PhoneNumber number = PHONES.parse(text, region == null ? "ZZ" : region.toUpperCase());
      if (PHONES.isValidNumber(number)) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException | NullPointerException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a valid phone number (use +country form, or give the country)");
  }

  /** Adds (or re-words) the entry for a normalized number. */
  public DoNotCallEntry add(String phone, String reason, String by) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a do-not-call entry needs a reason (≤ 500 characters)");
    }
    DoNotCallEntry entry = new DoNotCallEntry(phone, reason.strip(), by, clock.instant());
    transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          try (PreparedStatement delete =
                  c.prepareStatement("DELETE FROM do_not_call WHERE phone = ?");
              PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO do_not_call (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            delete.setString(1, phone);
            delete.executeUpdate();
            SqlValues.bindAll(insert, phone, entry.reason(), by, entry.addedAt());
            return insert.executeUpdate();
          }
        });
    return entry;
  }

  /** Removes the entry; false when there was none. */
  public boolean remove(String phone) {
    return transactions.executeWrite(
        status -> {
          try (PreparedStatement delete =
              status.getConnection().prepareStatement("DELETE FROM do_not_call WHERE phone = ?")) {
            delete.setString(1, phone);
            return delete.executeUpdate() == 1;
          }
        });
  }

  public Optional<DoNotCallEntry> find(String phone) {
    return query(" WHERE phone = ?", phone, 1).stream().findFirst();
  }

  /** A page of entries in number order, after {@code after} (null for the first page). */
  public List<DoNotCallEntry> page(@Nullable String after, int limit) {
    return query(" WHERE phone > ? ORDER BY phone", after == null ? "" : after, limit);
  }

  /**
   * Entries whose number holds the digits searched for (a number as typed, with or without its
   * country code, or a part of one), in number order.
   */
  public List<DoNotCallEntry> search(String text, int limit) {
    String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return page(null, limit);
    }
    return query(" WHERE phone LIKE ? ORDER BY phone", "%" + digits + "%", limit);
  }

  private List<DoNotCallEntry> query(String where, String value, int limit) {
    return transactions.executeRead(
        status -> {
          List<DoNotCallEntry> found = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT " + COLUMNS + " FROM do_not_call" + where + " LIMIT ?")) {
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

  private static DoNotCallEntry read(ResultSet row) throws SQLException {
    return new DoNotCallEntry(
        row.getString(1), row.getString(2), row.getString(3), SqlValues.instant(row, 4));
  }
}
