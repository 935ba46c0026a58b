package com.followup.sla.timer;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachFilter;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.policy.TicketType;
import com.followup.sla.support.Desk;
import com.followup.sla.ticket.TargetStatus;
import com.followup.sla.ticket.Ticket;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SlaTimersTest {

  @Inject Desk desk;
  @Inject SlaTimers timers;
  @Inject BreachLedger ledger;

  @Test
  void two_loops_draining_at_once_flag_every_target_exactly_once() throws Exception {
    desk.advance(Duration.ZERO);
    Instant openedAt = desk.clock.instant().minus(Duration.ofHours(2));
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      tickets.add(desk.open(TicketType.PROBLEM, "repairs", openedAt));
    }
    Callable<Integer> drain =
        () -> {
          int fired = 0;
          for (int batch; (batch = timers.processDue(desk.clock.instant())) > 0; ) {
            fired += batch;
          }
          return fired;
        };

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(drain);
      Future<Integer> b = pool.submit(drain);
      assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(60);
    } finally {
      pool.shutdown();
    }

    for (Ticket ticket : tickets) {
      assertThat(desk.target(ticket, "transferred").status()).isEqualTo(TargetStatus.BREACHED);
      List<Breach> breaches =
          ledger
              .list(
                  new BreachFilter(
                      null, null, null, null, null, ticket.dealerCode(), null, null, 10))
              .stream()
              .toList();
      assertThat(breaches).as("ticket " + ticket.id()).hasSize(1);
    }
  }

  @Test
  void the_next_due_time_is_the_earliest_pending_timer() {
    desk.advance(Duration.ZERO);
    Ticket ticket = desk.open(TicketType.PROBLEM, "repairs");

    Instant warning = ticket.openedAt().plus(Duration.ofMinutes(45));
    assertThat(timers.nextDue()).isPresent();
    assertThat(timers.nextDue().orElseThrow()).isBeforeOrEqualTo(warning);
    assertThat(timers.processDue(desk.clock.instant())).isZero();
  }
}
