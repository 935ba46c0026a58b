package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the per-contact daily dial counts small: only the current local day of any customer matters
 * to the daily limit, so days more than two behind UTC's are deleted, a chunk at a time.
 */
@Singleton
public class DialCounters {

  private final TransactionOperations<Connection> transactions;

  DialCounters(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Deletes up to {@code limit} counts of past days; returns how many. */
  public int prune(Instant now, int limit) {
    LocalDate before = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
    return transactions.executeWrite(
        status -> {
          try (PreparedStatement delete =
              status
                  .getConnection()
                  .prepareStatement("DELETE FROM contact_day WHERE dial_day < ? LIMIT ?")) {
            SqlValues.bindAll(delete, before, limit);
            return delete.executeUpdate();
          }
        });
  }
}
