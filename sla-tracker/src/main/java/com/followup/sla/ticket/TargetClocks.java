package com.followup.sla.ticket;

import com.followup.sla.calendar.WorkingTime;
import com.followup.sla.callback.CallbackDue;
import com.followup.sla.callback.CallbackSettled;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.timer.TargetTimers;
import com.followup.sla.timer.TimerKind;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts, stops, pauses and resumes the clocks of a ticket's targets, keeping their timers in step.
 * Timers are always locked before their target, in the same order as the due loop, so the two never
 * deadlock.
 */
@Singleton
class TargetClocks {

  private final TicketStore store;
  private final TargetTimers timers;
  private final ApplicationEventPublisher<CallbackDue> callbacks;
  private final ApplicationEventPublisher<CallbackSettled> settled;

  TargetClocks(
      TicketStore store,
      TargetTimers timers,
      ApplicationEventPublisher<CallbackDue> callbacks,
      ApplicationEventPublisher<CallbackSettled> settled) {
    this.store = store;
    this.timers = timers;
    this.callbacks = callbacks;
    this.settled = settled;
  }

  /** Starts a target's clock at {@code at}; a deadline already passed is flagged by the loop. */
  void start(Ticket ticket, SlaPolicy policy, TargetRule rule, Instant at, Instant now) {
    WorkingTime time = policy.workingTime();
    Instant due = time.plus(at, rule.allowed());
    long target = store.insertTarget(ticket.id(), rule.name(), rule.allowed(), at, due);
    if (due.isAfter(now)) {
      Duration beforeWarning = rule.allowed().multipliedBy(policy.warningPercent()).dividedBy(100);
      timers.schedule(target, TimerKind.WARNING, time.plus(at, beforeWarning));
    }
    timers.schedule(target, TimerKind.BREACH, due);
    if (rule.callback()) {
      callbacks.publishEvent(
          new CallbackDue(
              ticket.id().value(), rule.name(), ticket.customerPhone(), ticket.dealerCode(), due));
    }
  }

  /**
   * Starts a target again for a new transfer: its old deadline (met or breached, already in the
   * ledger) gives way to one counted from {@code at}.
   */
  void restart(
      Ticket ticket, SlaPolicy policy, TargetRule rule, Target target, Instant at, Instant now) {
    timers.cancel(target.id());
    WorkingTime time = policy.workingTime();
    Instant due = time.plus(at, rule.allowed());
    store.restartTarget(target.id(), at, due);
    if (due.isAfter(now)) {
      Duration beforeWarning = rule.allowed().multipliedBy(policy.warningPercent()).dividedBy(100);
      timers.schedule(target.id(), TimerKind.WARNING, time.plus(at, beforeWarning));
    }
    timers.schedule(target.id(), TimerKind.BREACH, due);
    if (rule.callback()) {
      callbacks.publishEvent(
          new CallbackDue(
              ticket.id().value(), rule.name(), ticket.customerPhone(), ticket.dealerCode(), due));
    }
  }

  /**
   * The event meeting this target happened at {@code at}. In time, it is met and its timers go;
   * after the deadline it stays a breach (flagged now or by the loop) that records when it was met.
   */
  void meet(Ticket ticket, TargetRule rule, Target target, Instant at) {
    if (rule.callback() && target.isOpen()) {
      settled.publishEvent(new CallbackSettled(ticket.id().value(), target.name()));
    }
    boolean inTime = target.status() == TargetStatus.PAUSED || !at.isAfter(target.dueAt());
    if (inTime && target.isOpen()) {
      timers.cancel(target.id());
      if (store.changeStatus(target.id(), target.status(), TargetStatus.MET)) {
        store.setMetAt(target.id(), at);
        return;
      }
    }
    store.setMetAt(target.id(), at);
  }

  /** Stops a running target's clock, keeping the allowed time it had left. */
  void pause(Target target, WorkingTime time, Instant at) {
    if (target.status() != TargetStatus.RUNNING || !target.dueAt().isAfter(at)) {
      return; // a deadline already passed stays a breach
    }
    timers.cancel(target.id());
    store.pause(target.id(), time.between(at, target.dueAt()));
  }

  /**
   * Restarts a paused target's clock with the time it had left, warning again if not yet warned.
   */
  void resume(Target target, SlaPolicy policy, Instant at) {
    if (target.status() != TargetStatus.PAUSED || target.remaining() == null) {
      return;
    }
    WorkingTime time = policy.workingTime();
    Instant due = time.plus(at, target.remaining());
    store.resume(target.id(), due);
    Duration warningLead =
        target.allowed().multipliedBy(100 - policy.warningPercent()).dividedBy(100);
    if (target.warnedAt() == null && target.remaining().compareTo(warningLead) > 0) {
      timers.schedule(
          target.id(), TimerKind.WARNING, time.plus(at, target.remaining().minus(warningLead)));
    }
    timers.schedule(target.id(), TimerKind.BREACH, due);
  }
}
