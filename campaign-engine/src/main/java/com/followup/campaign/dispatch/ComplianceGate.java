package com.followup.campaign.dispatch;

import com.followup.campaign.followup.CallingWindow;
import com.followup.campaign.timeline.CallingRules;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one set of checks every dial path passes — first attempt, retry, agreed callback, SLA
 * callback: deadline, do-not-call list, attempt limits per step and per local day, holidays and
 * calling hours in the customer's zone. When it cannot decide (the zone is unknown) it does not
 * dial. One dial path per contact is enforced where the call is taken ({@link DialQueue}).
 */
final class ComplianceGate {

  private final Duration undecidedRetry;

  ComplianceGate(Duration undecidedRetry) {
    this.undecidedRetry = undecidedRetry;
  }

  /** The customer's zone, if the stored name is one. */
  static Optional<ZoneId> zoneOf(String name) {
    try {
      return Optional.of(ZoneId.of(name));
    } catch (DateTimeException | NullPointerException unknown) {
      return Optional.empty();
    }
  }

  Verdict check(DueFollowUp followUp, ContactFacts facts, Instant now) {
    CallingRules rules = followUp.rules();
    if (!followUp.deadline().isAfter(now)) {
      return new Verdict.Miss(HoldRule.DEADLINE_PASSED);
    }
    if (facts.doNotCall()) {
      return new Verdict.Cancel(HoldRule.DO_NOT_CALL);
    }
    if (followUp.channel().agentless()) {
      if (facts.optedOut().contains(followUp.channel())) {
        return new Verdict.Cancel(HoldRule.OPTED_OUT);
      }
      if (!facts.consented() && !followUp.consentExempt()) {
        return new Verdict.Cancel(HoldRule.NO_CONSENT);
      }
    }
    if (followUp.attempts() >= Math.min(followUp.maxAttempts(), rules.maxAttemptsTotal())) {
      return new Verdict.Miss(HoldRule.ATTEMPT_LIMIT);
    }
    Optional<ZoneId> zone = zoneOf(followUp.timezone());
    if (zone.isEmpty()) {
      return new Verdict.Wait(now.plus(undecidedRetry), HoldRule.UNKNOWN_ZONE);
    }
    return callingTime(zone.get(), rules, facts, now);
  }

  private static Verdict callingTime(
      ZoneId zone, CallingRules rules, ContactFacts facts, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    if (rules.holidays().contains(local.toLocalDate())) {
      return new Verdict.Wait(CallingWindow.earliest(now, zone, rules), HoldRule.HOLIDAY);
    }
    Instant earliest = CallingWindow.earliest(now, zone, rules);
    if (earliest.isAfter(now)) {
      return new Verdict.Wait(earliest, HoldRule.OUTSIDE_CALLING_HOURS);
    }
    if (facts.attemptsToday() >= rules.maxAttemptsPerDay()) {
      Instant tomorrow = nextDay(local.toLocalDate(), zone);
      return new Verdict.Wait(CallingWindow.earliest(tomorrow, zone, rules), HoldRule.DAILY_LIMIT);
    }
    return new Verdict.Dial();
  }

  private static Instant nextDay(LocalDate today, ZoneId zone) {
    return today.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
