package com.followup.sla.breach;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.support.Desk;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReviewQueueTest {

  @Inject Desk desk;
  @Inject RecordExternalBreach external;
  @Inject ReviewBreach review;
  @Inject AppealBreach appeal;
  @Inject ReviewQueue queue;

  private BreachId breach(String dealer, Duration ago) {
    return external.record(
        new ExternalBreach(
            "followup-missed:purchase-1",
            dealer,
            "follow-up ended MISSED",
            desk.clock.instant().minus(ago),
            "agent-zhao"));
  }

  @Test
  void open_and_appealed_breaches_wait_for_qa_newest_first_and_decided_ones_do_not() {
    ReviewQueue.Waiting before = queue.waiting(1000);
    String dealer = desk.newDealer();
    BreachId open = breach(dealer, Duration.ofMinutes(10));
    BreachId appealed = breach(dealer, Duration.ofMinutes(5));
    BreachId confirmed = breach(dealer, Duration.ofMinutes(1));
    review.review(appealed, BreachStatus.CONFIRMED, null, "qa-chen");
    appeal.appeal(appealed, "the line was down", "agent-zhao");
    review.review(confirmed, BreachStatus.CONFIRMED, null, "qa-chen");

    ReviewQueue.Waiting waiting = queue.waiting(1000);

    assertThat(waiting.open()).isEqualTo(before.open() + 1);
    assertThat(waiting.appealed()).isEqualTo(before.appealed() + 1);
    assertThat(
            waiting.newest().stream()
                .map(Breach::id)
                .filter(id -> id.equals(open) || id.equals(appealed) || id.equals(confirmed)))
        .containsExactly(appealed, open);
    assertThat(waiting.newest())
        .isSortedAccordingTo(Comparator.comparing(Breach::breachedAt).reversed());
  }

  @Test
  void the_queue_shows_at_most_the_limit_and_says_how_many_wait_in_all() {
    String dealer = desk.newDealer();
    breach(dealer, Duration.ofMinutes(3));
    breach(dealer, Duration.ofMinutes(2));

    ReviewQueue.Waiting waiting = queue.waiting(1);

    assertThat(waiting.newest()).hasSize(1);
    assertThat(waiting.total()).isGreaterThanOrEqualTo(2);
    assertThat(waiting.truncated()).isTrue();
  }
}
