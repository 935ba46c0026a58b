package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DialCountersTest {

  @Inject DialCounters counters;
  @Inject TransactionOperations<Connection> transactions;

  private void count(String phone, LocalDate day) {
    transactions.executeWrite(
        status -> {
          try (PreparedStatement insert =
              status
                  .getConnection()
                  .prepareStatement(
                      "INSERT INTO contact_day (phone, dial_day, attempts) VALUES (?, ?, 1)")) {
            insert.setString(1, phone);
            insert.setString(2, day.toString());
            return insert.executeUpdate();
          }
        });
  }

  private long days(String phone) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement("SELECT COUNT(*) FROM contact_day WHERE phone = ?")) {
            select.setString(1, phone);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  @Test
  void counts_of_days_no_customer_can_still_be_in_are_pruned_and_recent_ones_kept() {
    String phone = "+8613900" + System.nanoTime() % 100_000;
    count(phone, LocalDate.of(2026, 11, 10));
    count(phone, LocalDate.of(2026, 11, 17));
    count(phone, LocalDate.of(2026, 11, 18));
    count(phone, LocalDate.of(2026, 11, 19));

    while (counters.prune(Instant.parse("2026-11-19T23:00:00Z"), 1) > 0) {
      // a chunk at a time
    }

    assertThat(days(phone)).isEqualTo(2); // the 18th (a day ahead of UTC somewhere) and the 19th
  }
}
