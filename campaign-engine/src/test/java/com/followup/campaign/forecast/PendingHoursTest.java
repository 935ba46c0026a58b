package com.followup.campaign.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallOutcomes;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import com.followup.campaign.dispatch.DispatchFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forecast's pending follow-ups read from the hourly counts against the same counted from the
 * follow_up rows, after every kind of change, on MariaDB. The test's customers live in a zone no
 * other test uses (Pacific/Chatham, UTC+13:45 in November), so only their groups are compared and
 * other tests' rows in the shared schema cannot make the comparison pass or fail; what an earlier
 * run left in that zone is deleted first, and the phones are new each run (no earlier run's dials
 * count against their daily limit). The clock starts on Friday 2026-11-20 at 01:00 UTC (14:45 in
 * Chatham).
 */
@MicronautTest(transactional = false)
class PendingHoursTest {

  static final Instant START = Instant.parse("2026-11-20T01:00:00Z");
  static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

  @Inject DispatchFixture floor;
  @Inject CallableFollowUps callable;
  @Inject PendingCompaction compaction;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;

  String dealer;
  int phones;

  @BeforeEach
  void setUp() {
    floor.clock.set(START);
    dealer = floor.newDealer();
    phones = ThreadLocalRandom.current().nextInt(1_000, 9_000);
    floor.transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          for (String sql :
              List.of(
                  "DELETE FROM dial_queue WHERE follow_up_id IN (SELECT id FROM follow_up WHERE"
                      + " timezone = 'Pacific/Chatham')",
                  "DELETE FROM follow_up WHERE timezone = 'Pacific/Chatham'",
                  "DELETE FROM follow_up_pending WHERE timezone = 'Pacific/Chatham'",
                  "DELETE FROM follow_up_pending_delta WHERE timezone = 'Pacific/Chatham'")) {
            try (Statement statement = c.createStatement()) {
              statement.executeUpdate(sql);
            }
          }
          return null;
        });
  }

  private String row(String id, String eventTime, int phone) {
    return "PURCHASE,"
        + id
        + ","
        + eventTime
        + ",Ann,1390027"
        + (phones + phone)
        + ",Pacific/Chatham\n";
  }

  private List<CallableGroup> ours(List<CallableGroup> groups) {
    return groups.stream().filter(g -> CHATHAM.equals(g.zone())).toList();
  }

  /** The counts' groups equal the rows'; returns how many of ours are pending. */
  private long assertSame() {
    Instant from = floor.clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant until = from.plus(Duration.ofDays(7));
    List<CallableGroup> counted = ours(callable.before(from, until));
    assertThat(counted).isEqualTo(ours(callable.fromRows(from, until)));
    return counted.stream().mapToLong(CallableGroup::followUps).sum();
  }

  /** The same before and after folding every delta in. */
  private long assertSameAndCompacted() {
    long pending = assertSame();
    while (compaction.compact(PendingCompaction.BATCH) > 0) {
      // all of them
    }
    assertThat(assertSame()).isEqualTo(pending);
    return pending;
  }

  private void drain() {
    int deadlocks = 0;
    while (true) {
      try {
        if (floor.dispatcher.processDue(floor.clock.instant()) == 0) {
          return;
        }
      } catch (RuntimeException e) {
        if (!(rootCause(e) instanceof SQLTransactionRollbackException) || ++deadlocks > 20) {
          throw e;
        }
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof SQLTransactionRollbackException)) {
      t = t.getCause();
    }
    return t;
  }

  private Map<String, CallToPlace> take() {
    return queue.take("purchase", 10_000).stream()
        .filter(call -> call.dealerCode().equals(dealer))
        .collect(Collectors.toMap(CallToPlace::recordId, Function.identity()));
  }

  @Test
  void
      the_hourly_counts_give_the_rows_forecast_through_ingest_dispatch_retries_settlement_and_cancellation() {
    floor.send(
        dealer,
        row("R-1", "2026-11-19 15:00", 1)
            + row("R-2", "2026-11-19 15:00", 2)
            + row("R-3", "2026-11-19 15:00", 3)
            + row("R-4", "2026-11-19 15:00", 4)
            + row("R-5", "2026-11-19 15:00", 5)
            + row("R-6", "2026-11-19 18:00", 6)
            + row("L-1", "2026-11-15 10:00", 7)); // came late: step 1 missed, step 2 planned
    assertSame(); // not woken yet: the upload's rows count once the dispatcher wakes them

    drain(); // woken, and released where due: DUE
    assertThat(assertSameAndCompacted()).isPositive();

    // re-sent changed: R-2 is now a late record, R-3 has a new phone and a later event
    floor.send(dealer, row("R-2", "2026-11-10 15:00", 2) + row("R-3", "2026-11-19 16:00", 33));
    assertSame();
    drain();
    assertSame();

    Map<String, CallToPlace> calls = take(); // DIALING: out of the forecast
    assertThat(calls).isNotEmpty();
    assertSame();

    for (Map.Entry<String, CallToPlace> call : calls.entrySet()) {
      CallOutcome outcome =
          switch (call.getKey()) {
            case "R-1" -> CallOutcome.COMPLETED; // settled, step 2 planned
            case "R-4" -> CallOutcome.WRONG_NUMBER; // cancelled
            case "R-5" -> CallOutcome.REFUSED; // settled, no further steps
            default -> CallOutcome.NO_ANSWER; // a retry: SCHEDULED again, a later wake time
          };
      outcomes.record(call.getValue().followUpId(), outcome, null);
      assertSame();
    }
    assertSameAndCompacted();

    floor.clock.set(START.plus(Duration.ofHours(3))); // retries fall due
    drain();
    assertSameAndCompacted();
    Map<String, CallToPlace> again = take();
    again.values().forEach(c -> outcomes.record(c.followUpId(), CallOutcome.NO_ANSWER, null));
    assertSameAndCompacted();

    floor.clock.set(Instant.parse("2026-11-23T00:00:00Z")); // step 1 deadlines passed: missed
    drain();
    assertSameAndCompacted();
  }

  @Test
  void a_from_or_until_that_is_not_the_start_of_an_hour_is_refused() {
    Instant from = START.plusSeconds(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> callable.before(from, START.plus(Duration.ofDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start of an hour");
  }
}
