package com.followup.sla.policy;

import static com.followup.sla.policy.TicketEventType.DEPARTMENT_NOTIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.sla.calendar.BusinessHours;
import com.followup.sla.support.Desk;
import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.TargetStatus;
import com.followup.sla.ticket.Ticket;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PolicyVersionsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Inject Desk desk;
  @Inject SlaPolicies policies;

  @AfterEach
  void restoreDefaults() {
    for (TicketType type : TicketType.values()) {
      policies.revise(DefaultPolicies.of(type), "test");
    }
  }

  @Test
  void open_tickets_keep_the_version_they_were_opened_under_when_a_manager_revises_it() {
    Ticket before = desk.open(TicketType.COMPLAINT, "sales");
    SlaPolicy current = policies.current(TicketType.COMPLAINT);
    SlaPolicy revised =
        policies.revise(
            new SlaPolicy(
                TicketType.COMPLAINT,
                1,
                TimeBasis.CALENDAR,
                null,
                50,
                List.of(
                    rule("department-notified", 15, TargetRule.OPENED),
                    rule("customer-updated", 40, DEPARTMENT_NOTIFIED.name()))),
            "manager-li");
    Ticket after = desk.open(TicketType.COMPLAINT, "sales");

    assertThat(revised.version()).isEqualTo(current.version() + 1);
    assertThat(policies.version(TicketType.COMPLAINT, current.version())).isEqualTo(current);
    assertThat(before.policyVersion()).isEqualTo(current.version());
    assertThat(after.policyVersion()).isEqualTo(revised.version());
    assertThat(allowed(before, "department-notified")).isEqualTo(Duration.ofMinutes(10));
    assertThat(allowed(after, "department-notified")).isEqualTo(Duration.ofMinutes(15));
    assertThat(after.targets()).extracting(Target::name).containsExactly("department-notified");

    // targets that start later still follow the ticket's own version
    assertThat(allowed(desk.event(before, DEPARTMENT_NOTIFIED), "customer-updated"))
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(allowed(desk.event(after, DEPARTMENT_NOTIFIED), "customer-updated"))
        .isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void business_hours_stop_the_clock_over_the_weekend_and_a_holiday() {
    ZonedDateTime friday =
        desk.clock
            .instant()
            .atZone(SHANGHAI)
            .plusDays(1)
            .with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
            .with(LocalTime.of(17, 30));
    LocalDate monday = friday.toLocalDate().plusDays(3);
    policies.revise(
        new SlaPolicy(
            TicketType.PROBLEM,
            1,
            TimeBasis.BUSINESS_HOURS,
            new BusinessHours(
                "Asia/Shanghai",
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                List.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY),
                List.of(monday)),
            75,
            List.of(rule("transferred", 60, TargetRule.OPENED))),
        "manager-li");
    desk.clock.set(friday.toInstant());

    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");

    Instant tuesdayHalfPastNine = monday.plusDays(1).atTime(9, 30).atZone(SHANGHAI).toInstant();
    assertThat(ticket.target("transferred").orElseThrow().dueAt()).isEqualTo(tuesdayHalfPastNine);
    Instant tuesdayQuarterPastNine = monday.plusDays(1).atTime(9, 15).atZone(SHANGHAI).toInstant();
    desk.advance(Duration.between(desk.clock.instant(), tuesdayQuarterPastNine));
    assertThat(desk.target(ticket, "transferred").warnedAt()).isNull();
    desk.advance(Duration.ofMillis(1));
    assertThat(desk.target(ticket, "transferred").warnedAt())
        .as("warned after 45 working minutes: 30 on Friday, 15 on Tuesday")
        .isEqualTo(tuesdayQuarterPastNine.plusMillis(1));
    desk.advance(Duration.between(desk.clock.instant(), tuesdayHalfPastNine));
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.RUNNING);
    desk.advance(Duration.ofMillis(1));
    assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.BREACHED);
  }

  @Test
  void invalid_policies_are_refused() {
    assertThatThrownBy(
            () ->
                new SlaPolicy(
                    TicketType.PROBLEM,
                    1,
                    TimeBasis.BUSINESS_HOURS,
                    null,
                    75,
                    List.of(rule("a", 5, null))))
        .hasMessageContaining("businessHours");
    assertThatThrownBy(
            () ->
                new SlaPolicy(
                    TicketType.PROBLEM,
                    1,
                    TimeBasis.CALENDAR,
                    null,
                    75,
                    List.of(rule("a", 5, null), rule("a", 6, null))))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> rule("a", 0, null)).hasMessageContaining("allowedMinutes");
    assertThatThrownBy(() -> rule("a", 5, "PAUSED")).hasMessageContaining("cannot start");
  }

  private static TargetRule rule(String name, int minutes, String startsOn) {
    return new TargetRule(name, minutes, startsOn, List.of(DEPARTMENT_NOTIFIED), false);
  }

  private static Duration allowed(Ticket ticket, String target) {
    Target t = ticket.target(target).orElseThrow();
    return Duration.between(t.startedAt(), t.dueAt());
  }
}
