package com.followup.admin.reports;

import com.followup.campaign.report.FollowUpReports;
import com.followup.campaign.report.SettledSteps;
import com.followup.dialer.report.AttemptHour;
import com.followup.dialer.report.DialerReports;
import com.followup.sla.report.SlaHours;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One point a day over the 30 days ending on a date, in the centre's zone: each library's hourly
 * figures read once for the whole window and summed by day.
 */
@Singleton
class DailyTrend {

  static final int DAYS = 30;

  private final DialerReports dialer;
  private final FollowUpReports followUps;
  private final SlaHours sla;

  DailyTrend(DialerReports dialer, FollowUpReports followUps, SlaHours sla) {
    this.dialer = dialer;
    this.followUps = followUps;
    this.sla = sla;
  }

  List<TrendDay> of(ReportScope scope, LocalDate last, ZoneId zone, double cap) {
    LocalDate first = last.minusDays(DAYS - 1);
    Instant from = first.atStartOfDay(zone).toInstant();
    Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
    Map<LocalDate, Day> days = new HashMap<>();
    if (scope.hasCalls()) {
      for (AttemptHour h : dialer.attempts(from, to)) {
        if (scope.keeps(h)) {
          day(days, h.hour(), zone).calls.add(h);
        }
      }
    }
    if (scope.hasSteps()) {
      for (SettledSteps s : followUps.settled(from, to)) {
        if (scope.keeps(s)) {
          Day d = day(days, s.hour(), zone);
          d.stepsEnded += s.count();
          if ("COMPLETED".equals(s.status()) && s.inWindow()) {
            d.inWindow += s.count();
          }
        }
      }
    }
    if (scope.hasSlaTargets()) {
      for (SlaHours.TargetHour t : sla.targets(from, to)) {
        if (scope.keeps(t.dealerCode(), null)) {
          Day d = day(days, t.hour(), zone);
          d.met += t.met();
          d.breached += t.breached();
        }
      }
    }
    if (scope.hasBreaches()) {
      for (SlaHours.BreachHour b : sla.breaches(from, to)) {
        if (scope.keeps(b.dealerCode(), b.owner())) {
          day(days, b.hour(), zone).breaches += b.count();
        }
      }
    }
    List<TrendDay> trend = new ArrayList<>(DAYS);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      trend.add(days.getOrDefault(d, new Day()).toTrend(d, scope, cap));
    }
    return trend;
  }

  private static Day day(Map<LocalDate, Day> days, Instant hour, ZoneId zone) {
    return days.computeIfAbsent(hour.atZone(zone).toLocalDate(), d -> new Day());
  }

  /** The sums of one day. */
  private static final class Day {
    final CallFigures calls = new CallFigures();
    long stepsEnded;
    long inWindow;
    long met;
    long breached;
    long breaches;

    TrendDay toTrend(LocalDate day, ReportScope scope, double cap) {
      Map<String, Object> c = CallFigures.map();
      calls.putInto(c, cap);
      Double abandonment = scope.hasAbandonment() ? calls.abandonmentRate() : null;
      return new TrendDay(
          day,
          calls.dials(),
          scope.hasCalls() ? (Double) c.get("connectRate") : null,
          scope.hasCalls() ? (Double) c.get("rightPartyContactRate") : null,
          abandonment,
          abandonment != null && abandonment > cap,
          scope.hasSlaTargets() ? CallFigures.ratio(met, met + breached) : null,
          breaches,
          inWindow,
          scope.hasSteps() ? CallFigures.ratio(inWindow, stepsEnded) : null);
    }
  }
}
