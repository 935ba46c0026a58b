package com.followup.dialer.telephony;

import com.followup.campaign.ids.IdBlocks;
import com.followup.dialer.db.StaleReportHours;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/** The {@code call_attempt} table: every dial attempt, owned by the dialer. */
@Singleton
public class CallAttempts {

  private static final String SEQUENCE = "call_attempt";

  private final TransactionOperations<Connection> transactions;
  private final IdBlocks ids;

  CallAttempts(TransactionOperations<Connection> transactions, IdBlocks ids) {
    this.transactions = transactions;
    this.ids = ids;
  }

  /** A fresh attempt id: the idempotency key the caller passes to {@link Telephony#place}. */
  public AttemptId nextId() {
    return new AttemptId(ids.reserve(SEQUENCE, 1));
  }

  public Optional<CallAttempt> find(AttemptId id) {
    return transactions.executeRead(status -> select(status.getConnection(), id, false));
  }

  /** True when a provider call id belongs to a recorded attempt other than {@code attempt}. */
  boolean isRecordedCallOfAnother(String providerCallId, AttemptId attempt) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT 1 FROM call_attempt WHERE provider_call_id = ? AND id <> ?")) {
            select.setString(1, providerCallId);
            select.setLong(2, attempt.value());
            try (ResultSet row = select.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  /** Records a new attempt; false when the attempt id was recorded before (nothing written). */
  boolean insert(CallAttempt attempt) {
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          if (select(c, attempt.id(), false).isPresent()) {
            return false;
          }
          try (PreparedStatement insert = c.prepareStatement(CallAttemptRows.INSERT)) {
            CallAttemptRows.bindInsert(insert, attempt);
            insert.executeUpdate();
            StaleReportHours.mark(c, attempt.times().placedAt());
            return true;
          } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
              return false; // the same attempt, inserted by another thread or instance just now
            }
            throw e;
          }
        });
  }

  /**
   * Changes an attempt under a row lock: {@code change} gets the stored attempt and returns the new
   * one, or empty to leave it. Returns the stored result when something changed.
   */
  Optional<CallAttempt> change(AttemptId id, Function<CallAttempt, Optional<CallAttempt>> change) {
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          Optional<CallAttempt> changed = select(c, id, true).flatMap(change);
          if (changed.isPresent()) {
            try (PreparedStatement update = c.prepareStatement(CallAttemptRows.UPDATE)) {
              CallAttemptRows.bindUpdate(update, changed.get());
              update.executeUpdate();
            }
            StaleReportHours.mark(c, changed.get().times().placedAt());
          }
          return changed;
        });
  }

  private static Optional<CallAttempt> select(Connection c, AttemptId id, boolean lock)
      throws SQLException {
    String sql =
        "SELECT "
            + CallAttemptRows.COLUMNS
            + " FROM call_attempt WHERE id = ?"
            + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(CallAttemptRows.read(row)) : Optional.empty();
      }
    }
  }
}
