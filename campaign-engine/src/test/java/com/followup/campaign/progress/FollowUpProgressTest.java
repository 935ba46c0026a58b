package com.followup.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallOutcomes;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dealer's progress, read from the compacted counts and its deltas, against a GROUP BY over its
 * follow_up rows after every kind of change. The clock starts on Friday 2026-11-20 at 09:00 in
 * Shanghai (01:00 UTC).
 */
@MicronautTest(transactional = false)
class FollowUpProgressTest {

  static final Instant NINE_AM = Instant.parse("2026-11-20T01:00:00Z");

  @Inject ProgressFixture fixture;
  @Inject FollowUpProgress progress;
  @Inject ProgressCompaction compaction;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;

  String dealer;

  @BeforeEach
  void setUp() {
    fixture.clock.set(NINE_AM);
    dealer = fixture.newDealer();
  }

  private String row(String id, String eventTime, int phone) {
    return "PURCHASE," + id + "," + eventTime + ",Ann,1380013" + (1000 + phone) + ",\n";
  }

  private void assertTrue() {
    assertThat(progress.of(dealer)).isEqualTo(fixture.truth(dealer));
  }

  /** The truth before and after folding every delta in. */
  private void assertTrueAndCompacted() {
    assertTrue();
    while (compaction.compact(ProgressCompaction.BATCH) > 0) {
      // all of them
    }
    assertThat(fixture.deltas(dealer)).isZero();
    assertTrue();
  }

  private Map<String, CallToPlace> take() {
    return queue.take("purchase", 10_000).stream()
        .filter(call -> call.dealerCode().equals(dealer))
        .collect(Collectors.toMap(CallToPlace::recordId, Function.identity()));
  }

  @Test
  void progress_equals_the_follow_ups_through_uploads_dispatch_outcomes_and_compaction() {
    fixture.send(
        dealer,
        row("R-1", "2026-11-19 15:00", 1)
            + row("R-2", "2026-11-19 15:00", 2)
            + row("R-3", "2026-11-19 15:00", 3)
            + row("R-4", "2026-11-19 15:00", 4)
            + row("R-5", "2026-11-19 15:00", 5)
            + row("L-1", "2026-11-15 10:00", 6)); // came late: step 1 missed, step 2 planned
    List<StepProgress> uploaded = progress.of(dealer);
    assertThat(uploaded)
        .containsExactly(
            new StepProgress("purchase", 1, 5, 0, 0, 0, 1, 1, 0),
            new StepProgress("purchase", 2, 1, 0, 0, 0, 0, 0, 0));
    assertTrueAndCompacted();

    // re-sent changed: R-2 is now a late record, R-3 has a new phone, R-5 the same (a duplicate)
    fixture.send(
        dealer,
        row("R-2", "2026-11-10 15:00", 2)
            + row("R-3", "2026-11-19 16:00", 33)
            + row("R-5", "2026-11-19 15:00", 5));
    assertTrue();
    assertThat(progress.of(dealer).get(0).missedLate()).isEqualTo(2);

    fixture.drain(); // released: DUE
    assertTrue();
    Map<String, CallToPlace> calls = take(); // DIALING
    assertTrue();
    assertThat(calls).containsKeys("R-1", "R-3", "R-4", "R-5");

    outcomes.record(calls.get("R-1").followUpId(), CallOutcome.COMPLETED, null); // step 2 planned
    assertTrue();
    outcomes.record(calls.get("R-3").followUpId(), CallOutcome.NO_ANSWER, null); // SCHEDULED again
    outcomes.record(calls.get("R-4").followUpId(), CallOutcome.WRONG_NUMBER, null); // CANCELLED
    assertTrueAndCompacted();
    outcomes.record(calls.get("R-5").followUpId(), CallOutcome.REFUSED, null); // COMPLETED
    assertTrue();

    fixture.clock.set(Instant.parse("2026-11-23T00:00:00Z")); // step 1 deadlines passed
    fixture.drain();
    List<StepProgress> end = progress.of(dealer);
    assertThat(end.get(0).missed()).isGreaterThan(end.get(0).missedLate());
    assertTrueAndCompacted();
  }

  @Test
  void a_dealer_without_follow_ups_has_no_progress() {
    assertThat(progress.of(dealer)).isEmpty();
    assertThat(progress.of("NOBODY")).isEmpty();
  }
}
