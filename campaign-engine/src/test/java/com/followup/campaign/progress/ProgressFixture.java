package com.followup.campaign.progress;

import com.followup.campaign.dispatch.DispatchFixture;
import com.followup.campaign.dispatch.FollowUpDispatcher;
import com.followup.campaign.time.SettableClock;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: dealers, uploads, the dispatcher, and the truth a GROUP BY over follow_up gives.
 */
@Singleton
class ProgressFixture {

  final SettableClock clock;
  private final DispatchFixture floor;
  private final FollowUpDispatcher dispatcher;
  private final TransactionOperations<Connection> transactions;

  ProgressFixture(DispatchFixture floor) {
    this.floor = floor;
    this.clock = floor.clock;
    this.dispatcher = floor.dispatcher;
    this.transactions = floor.transactions;
  }

  String newDealer() {
    return floor.newDealer();
  }

  void send(String dealer, String rows) {
    floor.send(dealer, rows);
  }

  /**
   * Dispatches until nothing is due. Two dispatchers racing (which the lease prevents in the app)
   * can deadlock on the wake index; the loser's batch is rolled back whole and, as the app's
   * due-work loop does with a failed batch, tried again.
   */
  void drain() {
    int deadlocks = 0;
    while (true) {
      try {
        if (dispatcher.processDue(clock.instant()) == 0) {
          return;
        }
      } catch (RuntimeException e) {
        if (!deadlock(e) || ++deadlocks > 20) {
          throw e;
        }
      }
    }
  }

  private static boolean deadlock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransactionRollbackException) {
        return true;
      }
    }
    return false;
  }

  /** What the dealer's follow_up rows say, counted the slow way. */
  List<StepProgress> truth(String dealer) {
    return transactions.executeRead(
        status -> {
          Map<String, StepProgress> steps = new TreeMap<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT campaign, step, status, missed_reason, COUNT(*) FROM follow_up"
                          + " WHERE dealer_code = ? GROUP BY campaign, step, status,"
                          + " missed_reason")) {
            select.setString(1, dealer);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                String campaign = rows.getString(1);
                int step = rows.getInt(2);
                String key = campaign + "\u0000" + String.format("%09d", step);
                String s = rows.getString(3);
                steps.put(
                    key,
                    steps
                        .getOrDefault(key, StepProgress.none(campaign, step))
                        .plus(s, ProgressDeltas.late(s, rows.getString(4)), rows.getLong(5)));
              }
            }
          }
          return new ArrayList<>(steps.values());
        });
  }

  /** The dealer's progress deltas not yet folded in. */
  long deltas(String dealer) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT COUNT(*) FROM follow_up_progress_delta WHERE dealer_code = ?")) {
            select.setString(1, dealer);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }
}
