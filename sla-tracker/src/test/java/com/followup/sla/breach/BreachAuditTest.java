package com.followup.sla.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.sla.support.Desk;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BreachAuditTest {

  @Inject Desk desk;
  @Inject BreachLedger ledger;
  @Inject RecordExternalBreach external;
  @Inject ReviewBreach review;
  @Inject AppealBreach appeal;

  private BreachId missedFollowUp(String dealer) {
    Instant deadline = desk.clock.instant().minus(Duration.ofHours(1));
    return external.record(
        new ExternalBreach(
            "followup-missed:purchase-1",
            dealer,
            "follow-up 77 ended MISSED",
            deadline,
            "agent-zhao"));
  }

  @Test
  void a_missed_follow_up_reported_by_another_module_is_an_open_breach_in_the_ledger() {
    String dealer = desk.newDealer();
    Instant deadline = desk.clock.instant().minus(Duration.ofHours(1));

    BreachId id = missedFollowUp(dealer);

    Breach breach = ledger.find(id).orElseThrow();
    assertThat(breach.source()).isEqualTo(BreachSource.EXTERNAL);
    assertThat(breach.ticketId()).isNull();
    assertThat(breach.target()).isEqualTo("followup-missed:purchase-1");
    assertThat(breach.dealerCode()).isEqualTo(dealer);
    assertThat(breach.reason()).isEqualTo("follow-up 77 ended MISSED");
    assertThat(breach.breachedAt()).isEqualTo(deadline);
    assertThat(breach.flaggedAt()).isEqualTo(desk.clock.instant());
    assertThat(breach.status()).isEqualTo(BreachStatus.OPEN);
    assertThatThrownBy(
            () ->
                external.record(
                    new ExternalBreach(
                        "k", dealer, "r", desk.clock.instant().plusSeconds(60), null)))
        .hasMessageContaining("future");
    assertThatThrownBy(() -> new ExternalBreach(" ", dealer, "r", deadline, null))
        .hasMessageContaining("kind");
  }

  @Test
  void qa_confirms_the_owner_appeals_qa_excuses_and_every_step_is_kept_in_order() {
    BreachId id = missedFollowUp(desk.newDealer());

    review.review(id, BreachStatus.CONFIRMED, "no attempt in the window", "qa-chen");
    appeal.appeal(id, "the customer asked not to be called that week", "agent-zhao");
    Breach decided = review.review(id, BreachStatus.EXCUSED, "customer's request", "qa-chen");

    assertThat(decided.status()).isEqualTo(BreachStatus.EXCUSED);
    assertThat(decided.steps())
        .extracting(BreachStep::step, BreachStep::outcome, BreachStep::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepKind.REVIEW, BreachStatus.CONFIRMED, "qa-chen"),
            org.assertj.core.groups.Tuple.tuple(
                StepKind.APPEAL, BreachStatus.APPEALED, "agent-zhao"),
            org.assertj.core.groups.Tuple.tuple(
                StepKind.APPEAL_DECISION, BreachStatus.EXCUSED, "qa-chen"));
  }

  @Test
  void a_decided_breach_is_not_decided_again_and_is_appealed_only_once() {
    BreachId id = missedFollowUp(desk.newDealer());
    review.review(id, BreachStatus.CONFIRMED, null, "qa-chen");
    appeal.appeal(id, "not my shift", "agent-zhao");
    review.review(id, BreachStatus.CONFIRMED, "it was", "qa-chen");

    assertThatThrownBy(() -> review.review(id, BreachStatus.EXCUSED, "changed mind", "qa-chen"))
        .isInstanceOf(BreachStepRefused.class);
    assertThatThrownBy(() -> appeal.appeal(id, "again", "agent-zhao"))
        .isInstanceOf(BreachStepRefused.class);
    assertThat(ledger.find(id).orElseThrow().steps()).hasSize(3);
    assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(BreachStatus.CONFIRMED);
  }

  @Test
  void excusing_needs_a_reason_and_an_excused_breach_cannot_be_appealed() {
    BreachId id = missedFollowUp(desk.newDealer());

    assertThatThrownBy(() -> review.review(id, BreachStatus.EXCUSED, " ", "qa-chen"))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> review.review(id, BreachStatus.APPEALED, "x", "qa-chen"))
        .hasMessageContaining("CONFIRMED or EXCUSED");
    review.review(id, BreachStatus.EXCUSED, "system outage", "qa-chen");
    assertThatThrownBy(() -> appeal.appeal(id, "why not", "agent-zhao"))
        .isInstanceOf(BreachStepRefused.class);
    assertThatThrownBy(
            () -> review.review(new BreachId(Long.MAX_VALUE), BreachStatus.CONFIRMED, null, "q"))
        .isInstanceOf(BreachNotFound.class);
  }

  @Test
  void qa_queries_breaches_by_status_stage_dealer_owner_and_period() {
    String dealer = desk.newDealer();
    BreachId confirmed = missedFollowUp(dealer);
    BreachId open = missedFollowUp(dealer);
    review.review(confirmed, BreachStatus.CONFIRMED, null, "qa-chen");
    Instant deadline = ledger.find(open).orElseThrow().breachedAt();

    assertThat(ids(filter(BreachStatus.OPEN, dealer, null, null, null))).containsExactly(open);
    assertThat(ids(filter(BreachStatus.CONFIRMED, dealer, null, null, null)))
        .containsExactly(confirmed);
    assertThat(ids(filter(null, dealer, "followup-missed:purchase-1", "agent-zhao", deadline)))
        .containsExactlyInAnyOrder(open, confirmed);
    assertThat(filter(null, dealer, "other-stage", null, null)).isEmpty();
    assertThat(filter(null, dealer, null, "someone-else", null)).isEmpty();
    assertThat(filter(null, dealer, null, null, deadline.plusMillis(1))).isEmpty();
  }

  private java.util.List<Breach> filter(
      BreachStatus status, String dealer, String stage, String owner, Instant since) {
    return ledger.list(
        new BreachFilter(status, since, null, stage, null, dealer, owner, null, 100));
  }

  private static java.util.List<BreachId> ids(java.util.List<Breach> breaches) {
    return breaches.stream().map(Breach::id).toList();
  }
}
