package com.followup.sla.ticket;

import static com.followup.sla.policy.TicketEventType.ANSWER_RECEIVED;
import static com.followup.sla.policy.TicketEventType.CALLBACK_DONE;
import static com.followup.sla.policy.TicketEventType.CUSTOMER_ANSWERED;
import static com.followup.sla.policy.TicketEventType.CUSTOMER_UPDATED;
import static com.followup.sla.policy.TicketEventType.DEPARTMENT_NOTIFIED;
import static com.followup.sla.policy.TicketEventType.PROGRESS_CHECKED;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachFilter;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.BreachStatus;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import com.followup.sla.support.Desk;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every default target of every ticket type, once met just in time and once breached. */
@MicronautTest(transactional = false)
class DefaultTargetsTest {

  private static final Duration MS = Duration.ofMillis(1);

  @Inject Desk desk;
  @Inject BreachLedger ledger;

  /** A default target: its allowed time, the event that starts it (null: opening), its meeter. */
  record Rule(String name, Duration allowed, TicketEventType startsOn, TicketEventType metBy) {}

  private static final List<Rule> COMPLAINT =
      List.of(
          new Rule("department-notified", ofMinutes(10), null, DEPARTMENT_NOTIFIED),
          new Rule("customer-updated", ofMinutes(20), DEPARTMENT_NOTIFIED, CUSTOMER_UPDATED),
          new Rule("progress-checked", ofHours(2), null, PROGRESS_CHECKED),
          new Rule("satisfaction-callback", ofHours(24), null, CALLBACK_DONE));
  private static final List<Rule> INQUIRY =
      List.of(
          new Rule("transferred", ofMinutes(30), null, DEPARTMENT_NOTIFIED),
          new Rule("answer-received", ofHours(3), DEPARTMENT_NOTIFIED, ANSWER_RECEIVED),
          new Rule("customer-answered", ofHours(24), null, CUSTOMER_ANSWERED));
  private static final List<Rule> PROBLEM =
      List.of(
          new Rule("transferred", ofHours(1), null, DEPARTMENT_NOTIFIED),
          new Rule("resolution-callback", ofHours(24), null, CALLBACK_DONE));

  @Test
  void every_default_complaint_target_is_met_by_its_event_at_the_last_moment() {
    everyTargetMetJustInTime(TicketType.COMPLAINT, COMPLAINT);
  }

  @Test
  void every_default_inquiry_target_is_met_by_its_event_at_the_last_moment() {
    everyTargetMetJustInTime(TicketType.INQUIRY, INQUIRY);
  }

  @Test
  void every_default_problem_target_is_met_by_its_event_at_the_last_moment() {
    everyTargetMetJustInTime(TicketType.PROBLEM, PROBLEM);
  }

  @Test
  void every_default_complaint_target_is_breached_one_millisecond_after_its_deadline() {
    everyTargetBreached(TicketType.COMPLAINT, COMPLAINT);
  }

  @Test
  void every_default_inquiry_target_is_breached_one_millisecond_after_its_deadline() {
    everyTargetBreached(TicketType.INQUIRY, INQUIRY);
  }

  @Test
  void every_default_problem_target_is_breached_one_millisecond_after_its_deadline() {
    everyTargetBreached(TicketType.PROBLEM, PROBLEM);
  }

  private void everyTargetMetJustInTime(TicketType type, List<Rule> rules) {
    Ticket ticket = desk.open(type, "service");
    for (Rule rule : rules) {
      Target target = startedTarget(ticket, rule);
      assertThat(Duration.between(target.startedAt(), target.dueAt()))
          .as(rule.name())
          .isEqualTo(rule.allowed());
      desk.clock.set(target.dueAt());
      desk.advance(Duration.ZERO);
      desk.event(ticket, rule.metBy());

      Target met = desk.target(ticket, rule.name());
      assertThat(met.status()).as(rule.name()).isEqualTo(TargetStatus.MET);
      assertThat(met.metAt()).isEqualTo(target.dueAt());
    }
    desk.advance(Duration.ofDays(2));
    assertThat(desk.reload(ticket).targets())
        .hasSize(rules.size())
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TargetStatus.MET));
    assertThat(breachesOf(ticket)).isEmpty();
  }

  private void everyTargetBreached(TicketType type, List<Rule> rules) {
    Ticket ticket = desk.open(type, "service");
    for (Rule rule : rules) {
      Target target = startedTarget(ticket, rule);
      desk.clock.set(target.dueAt());
      desk.advance(Duration.ZERO);
      assertThat(desk.target(ticket, rule.name()).status())
          .as(rule.name() + " at its deadline")
          .isNotEqualTo(TargetStatus.BREACHED);
      desk.advance(MS);

      Target breached = desk.target(ticket, rule.name());
      assertThat(breached.status()).as(rule.name()).isEqualTo(TargetStatus.BREACHED);
      assertThat(breached.breachedAt()).isEqualTo(target.dueAt());
    }
    List<Breach> breaches = breachesOf(ticket);
    assertThat(breaches)
        .extracting(Breach::target)
        .containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::name).toList());
    assertThat(breaches)
        .allSatisfy(
            b -> {
              assertThat(b.status()).isEqualTo(BreachStatus.OPEN);
              assertThat(b.owner()).isEqualTo(Desk.AGENT);
              assertThat(b.department()).isEqualTo("service");
              assertThat(b.dealerCode()).isEqualTo(ticket.dealerCode());
              assertThat(b.policyVersion()).isEqualTo(ticket.policyVersion());
              assertThat(b.ticketType()).isEqualTo(type.name());
            });
  }

  /** The target, started by its event when it does not start on opening. */
  private Target startedTarget(Ticket ticket, Rule rule) {
    if (rule.startsOn() != null && desk.reload(ticket).target(rule.name()).isEmpty()) {
      desk.event(ticket, rule.startsOn());
    }
    return desk.target(ticket, rule.name());
  }

  private List<Breach> breachesOf(Ticket ticket) {
    return ledger
        .list(new BreachFilter(null, null, null, null, null, ticket.dealerCode(), null, null, 1000))
        .stream()
        .filter(b -> b.ticketId() == ticket.id().value())
        .toList();
  }
}
