package com.followup.sla.ticket;

import static com.followup.sla.policy.TicketEventType.DEPARTMENT_NOTIFIED;
import static com.followup.sla.policy.TicketEventType.PAUSED;
import static com.followup.sla.policy.TicketEventType.REOPENED;
import static com.followup.sla.policy.TicketEventType.RESUMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.sla.policy.TicketType;
import com.followup.sla.support.Desk;
import com.followup.sla.support.SlaEvents;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TicketClocksTest {

  @Inject Desk desk;
  @Inject SlaEvents events;
  @Inject Tickets tickets;
  @Inject OpenTicket open;

  @Test
  void a_back_dated_complaint_runs_from_its_opening_and_is_breached_at_once_when_late() {
    Instant openedAt = desk.clock.instant().minus(Duration.ofMinutes(30));

    Ticket ticket = desk.open(TicketType.COMPLAINT, "sales", openedAt);
    assertThat(ticket.openedAt()).isEqualTo(openedAt);
    assertThat(ticket.target("department-notified").orElseThrow().dueAt())
        .isEqualTo(openedAt.plus(Duration.ofMinutes(10)));
    desk.advance(Duration.ZERO);

    Target late = desk.target(ticket, "department-notified");
    assertThat(late.status()).isEqualTo(TargetStatus.BREACHED);
    assertThat(late.breachedAt()).isEqualTo(openedAt.plus(Duration.ofMinutes(10)));
    assertThat(late.warnedAt()).as("no warning for a deadline already passed").isNull();
    assertThat(desk.target(ticket, "progress-checked").status()).isEqualTo(TargetStatus.RUNNING);
  }

  @Test
  void opening_more_than_seven_days_back_or_in_the_future_is_refused() {
    Instant now = desk.clock.instant();

    assertThatThrownBy(
            () ->
                desk.open(
                    TicketType.COMPLAINT, "sales", now.minus(Duration.ofDays(7).plusMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 days");
    assertThatThrownBy(() -> desk.open(TicketType.COMPLAINT, "sales", now.plusSeconds(60)))
        .hasMessageContaining("future");
    assertThat(desk.open(TicketType.COMPLAINT, "sales", now.minus(Duration.ofDays(7))).openedAt())
        .isEqualTo(now.minus(Duration.ofDays(7)));
  }

  @Test
  void phones_are_stored_in_e164_and_national_numbers_need_a_dealer() {
    Ticket withDealer = desk.open(TicketType.INQUIRY, "sales");
    assertThat(withDealer.customerPhone()).isEqualTo("+8613812345678");

    NewTicket national =
        new NewTicket(
            TicketType.INQUIRY, "138 1234 5678", null, "sales", "x", null, Desk.AGENT, null);
    assertThatThrownBy(() -> open.open(national)).hasMessageContaining("international");
    NewTicket unknownDealer =
        new NewTicket(
            TicketType.INQUIRY, "+86 138 1234 5678", "NOPE", "sales", "x", null, Desk.AGENT, null);
    assertThatThrownBy(() -> open.open(unknownDealer)).hasMessageContaining("unknown dealer");
    NewTicket international =
        new NewTicket(
            TicketType.INQUIRY, "+1 650-253-0000", null, "sales", "x", null, Desk.AGENT, 42L);
    Ticket opened = open.open(international);
    assertThat(opened.customerPhone()).isEqualTo("+16502530000");
    assertThat(opened.followUpId()).isEqualTo(42L);
  }

  @Test
  void a_paused_ticket_cannot_breach_and_resumes_with_the_time_it_had_left() {
    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");
    desk.advance(Duration.ofMinutes(20));
    desk.event(ticket, PAUSED);
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.PAUSED);

    desk.advance(Duration.ofHours(3));
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.PAUSED);
    Ticket resumed = desk.event(ticket, RESUMED);

    Target transferred = resumed.target("transferred").orElseThrow();
    assertThat(transferred.status()).isEqualTo(TargetStatus.RUNNING);
    assertThat(transferred.dueAt()).isEqualTo(desk.clock.instant().plus(Duration.ofMinutes(40)));
    desk.advance(Duration.ofMinutes(40));
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.RUNNING);
    desk.advance(Duration.ofMillis(1));
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.BREACHED);
    assertThatThrownBy(() -> desk.event(ticket, RESUMED)).isInstanceOf(TicketStateConflict.class);
  }

  @Test
  void a_warning_goes_out_once_three_quarters_of_the_time_are_used() {
    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");
    desk.advance(Duration.ofMinutes(45));
    assertThat(desk.target(ticket, "transferred").warnedAt()).isNull();

    desk.advance(Duration.ofMillis(1));

    Target warned = desk.target(ticket, "transferred");
    assertThat(warned.warnedAt()).isEqualTo(desk.clock.instant());
    assertThat(warned.status()).isEqualTo(TargetStatus.RUNNING);
    assertThat(events.warnings)
        .filteredOn(w -> w.ticketId() == ticket.id().value())
        .singleElement()
        .satisfies(w -> assertThat(w.target()).isEqualTo("transferred"));
  }

  @Test
  void a_callback_target_publishes_callback_due_with_phone_dealer_and_deadline() {
    Ticket ticket = desk.open(TicketType.COMPLAINT, "repairs");

    assertThat(events.callbacks)
        .filteredOn(c -> c.ticketId() == ticket.id().value())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.target()).isEqualTo("satisfaction-callback");
              assertThat(c.customerPhone()).isEqualTo("+8613812345678");
              assertThat(c.dealerCode()).isEqualTo(ticket.dealerCode());
              assertThat(c.dueAt()).isEqualTo(ticket.openedAt().plus(Duration.ofHours(24)));
            });
  }

  @Test
  void an_event_after_the_deadline_leaves_the_breach_and_records_when_it_came() {
    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");
    desk.clock.advance(Duration.ofMinutes(61));

    desk.event(ticket, DEPARTMENT_NOTIFIED);
    desk.advance(Duration.ZERO);

    Target target = desk.target(ticket, "transferred");
    assertThat(target.status()).isEqualTo(TargetStatus.BREACHED);
    assertThat(target.metAt()).isEqualTo(desk.clock.instant());
  }

  @Test
  void a_new_complaint_on_a_ticket_whose_service_was_late_counts_against_its_department() {
    String department = "body-shop-" + System.nanoTime();
    Ticket late = desk.open(TicketType.COMPLAINT, department);
    Ticket onTime = desk.open(TicketType.COMPLAINT, department);
    desk.event(onTime, DEPARTMENT_NOTIFIED);
    desk.advance(Duration.ofMinutes(11));
    Instant since = desk.clock.instant();

    desk.event(late, REOPENED);
    desk.event(onTime, REOPENED);

    assertThat(tickets.recomplaints(since, department))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ticketId()).isEqualTo(late.id());
              assertThat(r.lateTargets()).isEqualTo(1);
              assertThat(r.dealerCode()).isEqualTo(late.dealerCode());
            });
  }

  @Test
  void events_in_the_future_or_before_the_opening_and_unknown_tickets_are_refused() {
    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");
    RecordTicketEvent record = desk.recorder();

    assertThatThrownBy(
            () ->
                record.record(
                    ticket.id(),
                    DEPARTMENT_NOTIFIED,
                    desk.clock.instant().plusSeconds(5),
                    null,
                    "a"))
        .hasMessageContaining("future");
    assertThatThrownBy(
            () ->
                record.record(
                    ticket.id(), DEPARTMENT_NOTIFIED, ticket.openedAt().minusSeconds(1), null, "a"))
        .hasMessageContaining("before the ticket");
    assertThatThrownBy(
            () -> record.record(new TicketId(Long.MAX_VALUE), DEPARTMENT_NOTIFIED, null, null, "a"))
        .isInstanceOf(TicketNotFound.class);
  }
}
