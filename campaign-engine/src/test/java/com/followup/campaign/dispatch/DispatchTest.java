package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.campaign.followup.FollowUpView;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups released, dialed and settled through the real upload, dispatcher, queue and outcomes
 * on MariaDB. The clock starts on Friday 2026-11-20 at 09:00 in Shanghai (01:00 UTC).
 */
@MicronautTest(transactional = false)
class DispatchTest {

  static final Instant NINE_AM = Instant.parse("2026-11-20T01:00:00Z");

  @Inject DispatchFixture fixture;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;
  @Inject DoNotCallList doNotCall;
  @Inject MissedReports missed;

  String dealer;
  String phone;

  @BeforeEach
  void setUp() {
    fixture.clock.set(NINE_AM);
    dealer = fixture.newDealer();
    phone = "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  private void purchase(String recordId, String eventTime) {
    fixture.send(dealer, "PURCHASE," + recordId + "," + eventTime + ",Ann," + phone + ",\n");
  }

  private List<CallToPlace> take(String campaign) {
    return queue.take(campaign, 10_000).stream()
        .filter(call -> call.dealerCode().equals(dealer))
        .toList();
  }

  private void at(String instant) {
    fixture.clock.set(Instant.parse(instant));
    fixture.drain();
  }

  @Test
  void a_follow_up_is_released_to_the_dial_queue_when_its_attempt_time_comes_and_not_before() {
    fixture.clock.set(Instant.parse("2026-11-19T13:00:00Z")); // 21:00 in Shanghai
    purchase("R-1", "2026-11-19 20:30");

    fixture.drain();
    assertThat(fixture.only(dealer, "R-1").status()).isEqualTo("SCHEDULED");

    at("2026-11-20T01:00:00Z");
    FollowUpView released = fixture.only(dealer, "R-1");
    assertThat(released.status()).isEqualTo("DUE");
    assertThat(fixture.history(released.id())).containsExactly("DUE");
  }

  @Test
  void a_late_record_is_released_at_once_and_its_passed_steps_are_reported_missed_by_the_dealer() {
    purchase("L-1", "2026-11-15 10:00"); // step 1 ended on the 18th; step 2 runs to the 25th

    fixture.drain();

    assertThat(fixture.fixtureStatuses(dealer, "L-1")).containsExactly("MISSED", "DUE");
    assertThat(missed.forDealer(dealer))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reason()).isEqualTo("LATE_RECORD");
              assertThat(m.chargedToDealer()).isTrue();
              assertThat(m.missedAt()).isEqualTo(Instant.parse("2026-11-18T02:00:00Z"));
            });
    fixture.drain();
    assertThat(missed.forDealer(dealer)).hasSize(1); // reported once
  }

  @Test
  void unanswered_calls_are_retried_within_the_daily_limit_until_the_attempts_run_out() {
    purchase("N-1", "2026-11-19 15:00");
    fixture.drain();
    String[] attempts = {
      "2026-11-20T01:00:00Z", "2026-11-20T03:00:00Z", "2026-11-20T05:00:00Z",
      "2026-11-21T01:00:00Z", "2026-11-21T03:00:00Z", "2026-11-21T05:00:00Z"
    };
    for (int i = 0; i < attempts.length; i++) {
      if (i == 3) {
        at("2026-11-20T07:00:00Z"); // a fourth call today would exceed the daily limit of 3
        assertThat(fixture.only(dealer, "N-1").nextAttemptAt())
            .isEqualTo(Instant.parse(attempts[3]));
      }
      at(attempts[i]);
      CallToPlace call = take("purchase").get(0);
      assertThat(call.attempt()).isEqualTo(i + 1);
      OutcomeResult result = outcomes.record(call.followUpId(), CallOutcome.NO_ANSWER, null);
      if (i < attempts.length - 1) {
        assertThat(result.status()).isEqualTo("SCHEDULED");
        assertThat(result.nextAttemptAt()).isEqualTo(Instant.parse(attempts[i]).plusSeconds(7200));
      } else {
        assertThat(result.status()).isEqualTo("MISSED");
      }
    }
    FollowUpView step = fixture.only(dealer, "N-1");
    assertThat(step.attempts()).isEqualTo(6);
    assertThat(step.missedReason()).isEqualTo("ATTEMPT_LIMIT");
    assertThat(fixture.history(step.id()))
        .contains("SCHEDULED:DAILY_LIMIT")
        .endsWith("MISSED:ATTEMPT_LIMIT");
    assertThat(missed.forDealer(dealer))
        .singleElement()
        .satisfies(m -> assertThat(m.chargedToDealer()).isFalse());
  }

  @Test
  void a_do_not_call_entry_added_while_a_follow_up_is_due_stops_the_call() {
    purchase("D-1", "2026-11-19 15:00");
    fixture.drain();
    assertThat(fixture.only(dealer, "D-1").status()).isEqualTo("DUE");

    doNotCall.add(DoNotCallList.normalize(phone, "CN"), "asked on the phone", "manager");

    assertThat(take("purchase")).isEmpty();
    FollowUpView cancelled = fixture.only(dealer, "D-1");
    assertThat(cancelled.status()).isEqualTo("CANCELLED");
    assertThat(cancelled.missedReason()).isEqualTo("DO_NOT_CALL");
  }

  @Test
  void a_completed_call_ends_the_step_and_plans_the_next_one_it_told_the_customer_about() {
    purchase("C-1", "2026-11-19 15:00");
    fixture.drain();

    CallToPlace call = take("purchase").get(0);
    assertThat(call.customerName()).isEqualTo("Ann");
    assertThat(call.nextStep())
        .isEqualTo(
            new NextStep(
                2, Instant.parse("2026-11-22T07:00:00Z"), Instant.parse("2026-11-29T07:00:00Z")));

    OutcomeResult result = outcomes.record(call.followUpId(), CallOutcome.COMPLETED, null);

    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.plannedStep()).isEqualTo(call.nextStep());
    assertThat(fixture.followUps.forRecord(dealer, "C-1"))
        .extracting(FollowUpView::step, FollowUpView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "COMPLETED"),
            org.assertj.core.groups.Tuple.tuple(2, "SCHEDULED"));
    assertThatThrownBy(() -> outcomes.record(call.followUpId(), CallOutcome.COMPLETED, null))
        .isInstanceOf(FollowUpNotDialing.class);
  }

  @Test
  void an_agreed_callback_is_booked_inside_calling_hours_at_the_time_the_customer_gave() {
    purchase("B-1", "2026-11-19 15:00");
    fixture.drain();
    CallToPlace call = take("purchase").get(0);

    assertThatThrownBy(() -> outcomes.record(call.followUpId(), CallOutcome.CALL_BACK, null))
        .isInstanceOf(IllegalArgumentException.class);
    OutcomeResult booked =
        outcomes.record(
            call.followUpId(), CallOutcome.CALL_BACK, Instant.parse("2026-11-20T13:30:00Z"));

    // 21:30 in Shanghai is after hours: the next morning at 09:00
    assertThat(booked.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
  }

  @Test
  void one_contact_is_never_dialed_by_two_paths_at_once() {
    purchase("T-1", "2026-11-19 15:00");
    fixture.send(dealer, "REPAIR,T-2,2026-11-19 15:00,Ann," + phone + ",\n");
    fixture.drain();

    List<CallToPlace> first = take("purchase");
    assertThat(first).hasSize(1);
    assertThat(take("repair")).isEmpty();
    assertThat(fixture.only(dealer, "T-2").status()).isEqualTo("DUE");

    outcomes.record(first.get(0).followUpId(), CallOutcome.COMPLETED, null);
    assertThat(take("repair")).hasSize(1);
  }

  @Test
  void a_step_that_reaches_its_deadline_without_contact_is_missed_and_reported() {
    purchase("M-1", "2026-11-19 15:00");
    fixture.drain();

    at("2026-11-22T07:00:00Z");

    FollowUpView step = fixture.only(dealer, "M-1");
    assertThat(step.status()).isEqualTo("MISSED");
    assertThat(step.missedReason()).isEqualTo("DEADLINE_PASSED");
    assertThat(missed.forDealer(dealer))
        .singleElement()
        .satisfies(m -> assertThat(m.missedAt()).isEqualTo(Instant.parse("2026-11-22T07:00:00Z")));
  }

  @Test
  void a_call_whose_instance_died_returns_as_unanswered_when_its_lease_runs_out() {
    purchase("X-1", "2026-11-19 15:00");
    fixture.drain();
    CallToPlace call = take("purchase").get(0);

    at("2026-11-20T01:31:00Z"); // the 30-minute dial lease ran out without an outcome

    FollowUpView step = fixture.only(dealer, "X-1");
    assertThat(step.status()).isEqualTo("SCHEDULED");
    assertThat(step.attempts()).isEqualTo(1);
    assertThat(fixture.history(call.followUpId())).endsWith("SCHEDULED:NO_ANSWER");
    at("2026-11-20T03:31:00Z");
    assertThat(take("purchase")).hasSize(1); // its dial path was freed too
  }

  @Test
  void a_follow_up_the_dispatcher_cannot_read_is_set_aside_and_never_holds_up_the_others() {
    fixture.clock.set(Instant.parse("2026-11-19T13:00:00Z")); // 21:00 in Shanghai
    long base = Long.parseLong(phone);
    fixture.send(
        dealer,
        "PURCHASE,A-1,2026-11-19 15:00,Ann,"
            + base
            + ",\nPURCHASE,B-1,2026-11-19 15:00,Bo,"
            + (base + 1)
            + ",\nPURCHASE,C-1,2026-11-19 15:00,Cy,"
            + (base + 2)
            + ",\n");
    long broken = followUpId("A-1");
    long brokenLater = followUpId("C-1");
    breakVersion(broken); // before the upload's rows are woken
    fixture.drain();
    breakVersion(brokenLater); // after: woken for nine in the morning

    at("2026-11-20T01:00:00Z");

    assertThat(fixture.only(dealer, "B-1").status()).isEqualTo("DUE");
    assertThat(fixture.history(broken)).containsExactly("SCHEDULED:SET_ASIDE");
    assertThat(fixture.history(brokenLater)).containsExactly("SCHEDULED:SET_ASIDE");
    assertThat(fixture.dispatcher.nextDue())
        .hasValueSatisfying(next -> assertThat(next).isAfter(fixture.clock.instant()));
  }

  private long followUpId(String recordId) {
    return fixture.transactions.executeRead(
        status -> {
          try (var select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT f.id FROM follow_up f JOIN dealer_record r ON r.id = f.record_pk"
                          + " WHERE r.dealer_code = ? AND r.record_id = ?")) {
            select.setString(1, dealer);
            select.setString(2, recordId);
            try (var row = select.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  /** A campaign version that does not exist, as a hand-edited row might have. */
  private void breakVersion(long followUpId) {
    fixture.transactions.executeWrite(
        status -> {
          try (var update =
              status
                  .getConnection()
                  .prepareStatement("UPDATE follow_up SET campaign_version = 999 WHERE id = ?")) {
            update.setLong(1, followUpId);
            return update.executeUpdate();
          }
        });
  }
}
