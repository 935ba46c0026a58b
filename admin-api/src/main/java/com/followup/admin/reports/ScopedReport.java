package com.followup.admin.reports;

import com.followup.campaign.report.FollowUpReports;
import com.followup.campaign.report.SettledSteps;
import com.followup.dialer.agent.StateTimes;
import com.followup.dialer.report.AttemptHour;
import com.followup.dialer.report.DialerReports;
import com.followup.sla.report.SlaReports;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report of one campaign, dealer or agent: the figures {@link Reports} computes for the centre,
 * from the same library calls, kept to the rows of that scope. A figure the scope does not record
 * (see {@link ReportScope}) is left out rather than shown as zero.
 */
@jakarta.inject.Singleton
class ScopedReport {

  private final DialerReports dialer;
  private final FollowUpReports followUps;
  private final SlaReports sla;
  private final Clock clock;

  ScopedReport(DialerReports dialer, FollowUpReports followUps, SlaReports sla, Clock clock) {
    this.dialer = dialer;
    this.followUps = followUps;
    this.sla = sla;
    this.clock = clock;
  }

  Map<String, Object> report(ReportPeriod period, ReportScope scope, double cap) {
    Instant from = period.from();
    Instant to = period.to();
    Map<String, Object> m = CallFigures.map();
    m.put("period", period.kind());
    m.put("date", period.date().toString());
    m.put("zone", period.zone().getId());
    m.put("firstDay", period.first().toString());
    m.put("lastDay", period.last().toString());
    m.put("from", from.toString());
    m.put("until", to.toString());
    m.put(scope.kind().param(), scope.key());
    long handled = 0;
    if (scope.hasCalls()) {
      Instant windowFrom = period.start(period.first30d());
      List<AttemptHour> window =
          dialer.attempts(windowFrom.isBefore(from) ? windowFrom : from, to).stream()
              .filter(scope::keeps)
              .toList();
      CallFigures calls =
          CallFigures.of(window.stream().filter(h -> !h.hour().isBefore(from)).toList());
      calls.putInto(m, cap);
      handled = calls.handled();
      if (scope.hasAbandonment()) {
        Abandonment.putInto(m, period, window, cap);
      } else {
        m.remove("abandoned");
        m.remove("abandonmentRate");
        m.remove("abandonmentCap");
      }
    }
    if (scope.hasAgentTime()) {
      Instant now = clock.instant();
      Instant timeTo = now.isBefore(to) ? (now.isBefore(from) ? from : now) : to;
      StateTimes own = dialer.agentTime(from, timeTo).get(scope.key());
      TimeFigures.putInto(m, own == null ? List.of() : List.of(own), handled);
    }
    if (scope.hasSteps()) {
      List<SettledSteps> steps = followUps.settled(from, to).stream().filter(scope::keeps).toList();
      StepFigures.putInto(m, steps, true);
    }
    if (scope.hasSlaTargets()) {
      SlaFiguresView.putInto(
          m,
          sla.figures(from, to),
          t -> scope.keeps(t.dealerCode(), null),
          b -> scope.keeps(b.dealerCode(), null),
          r -> scope.keeps(r.dealerCode(), null),
          false);
    } else if (scope.hasBreaches()) {
      m.put(
          "slaBreaches",
          sla.figures(from, to).breaches().stream()
              .filter(b -> scope.keeps(b.dealerCode(), b.owner()))
              .mapToLong(SlaReports.BreachCount::count)
              .sum());
    }
    return m;
  }
}
