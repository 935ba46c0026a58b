package com.followup.admin.console.manager.tickets;

import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.TargetStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A target as its clock reads now: time left (or how late it is) while running, the time it had
 * left while paused, nothing once settled.
 */
public record TargetClock(Target target, Long secondsLeft, boolean late) {

  public static TargetClock of(Target target, Instant now) {
    if (target.status() == TargetStatus.PAUSED) {
      Duration left = target.remaining() == null ? Duration.ZERO : target.remaining();
      return new TargetClock(target, left.toSeconds(), false);
    }
    if (target.status() == TargetStatus.RUNNING) {
      long left = Duration.between(now, target.dueAt()).toSeconds();
      return new TargetClock(target, Math.abs(left), left < 0);
    }
    return new TargetClock(target, null, target.status() == TargetStatus.BREACHED);
  }
}
