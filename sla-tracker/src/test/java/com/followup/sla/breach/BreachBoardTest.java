package com.followup.sla.breach;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.breach.BreachBoard.FacetCount;
import com.followup.sla.support.Desk;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BreachBoardTest {

  @Inject Desk desk;
  @Inject RecordExternalBreach external;
  @Inject ReviewBreach review;
  @Inject BreachBoard board;

  private BreachId breach(String dealer, String owner, Duration ago) {
    return external.record(
        new ExternalBreach(
            "followup-missed:purchase-1",
            dealer,
            "follow-up ended MISSED",
            desk.clock.instant().minus(ago),
            owner));
  }

  private static BoardFilter of(List<BreachStatus> statuses, String dealer, String owner) {
    return new BoardFilter(statuses, null, null, null, null, dealer, owner, null);
  }

  @Test
  void the_queue_lists_waiting_breaches_oldest_first_a_page_at_a_time() {
    String dealer = desk.newDealer();
    BreachId oldest = breach(dealer, "agent-a", Duration.ofMinutes(30));
    BreachId middle = breach(dealer, "agent-a", Duration.ofMinutes(20));
    BreachId decided = breach(dealer, "agent-b", Duration.ofMinutes(25));
    BreachId newest = breach(dealer, "agent-b", Duration.ofMinutes(10));
    review.review(decided, BreachStatus.CONFIRMED, "late", "qa-chen");

    BreachBoard.Page first = board.page(of(BoardFilter.WAITING, dealer, null), 0, 2);
    BreachBoard.Page second = board.page(of(BoardFilter.WAITING, dealer, null), 2, 2);

    assertThat(first.breaches()).extracting(Breach::id).containsExactly(oldest, middle);
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(second.breaches()).extracting(Breach::id).containsExactly(newest);
    assertThat(second.hasNext()).isFalse();
    assertThat(second.first()).isEqualTo(3);
    assertThat(board.page(of(List.of(), dealer, null), 0, 10).breaches())
        .extracting(Breach::id)
        .containsExactly(oldest, decided, middle, newest);
  }

  @Test
  void each_facet_is_counted_under_the_other_filters_but_not_its_own() {
    String dealer = desk.newDealer();
    String a = "agent-a-" + dealer;
    String b = "agent-b-" + dealer;
    breach(dealer, a, Duration.ofMinutes(3));
    breach(dealer, a, Duration.ofMinutes(2));
    BreachId confirmed = breach(dealer, b, Duration.ofMinutes(1));
    review.review(confirmed, BreachStatus.CONFIRMED, "late", "qa-chen");

    Map<String, List<FacetCount>> facets = board.facets(of(List.of(BreachStatus.OPEN), dealer, a));

    assertThat(facets.get("OWNER"))
        .as("the open breaches of the dealer, whoever owns them")
        .containsExactly(new FacetCount(a, 2));
    assertThat(facets.get("STATUS"))
        .as("agent-a's breaches by status, whatever status is chosen")
        .containsExactly(new FacetCount("OPEN", 2));
    assertThat(facets.get("DEALER"))
        .as("agent-a's open breaches, at any dealer")
        .containsExactly(new FacetCount(dealer, 2));
    assertThat(board.facets(of(List.of(), dealer, null)).get("OWNER"))
        .containsExactly(new FacetCount(a, 2), new FacetCount(b, 1));
    assertThat(board.facets(of(List.of(BreachStatus.OPEN), dealer, null)).get("OWNER"))
        .containsExactly(new FacetCount(a, 2));
    assertThat(board.facets(of(List.of(), dealer, b)).get("STATUS"))
        .containsExactly(new FacetCount("CONFIRMED", 1));
  }
}
