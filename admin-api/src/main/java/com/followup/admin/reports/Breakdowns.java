package com.followup.admin.reports;

import com.followup.campaign.report.SettledSteps;
import com.followup.dialer.agent.StateTimes;
import com.followup.dialer.report.AttemptHour;
import com.followup.dialer.report.DealerAttempts;
import com.followup.sla.evaluation.AgentQaFigures;
import com.followup.sla.report.SlaReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The {@code by=} breakdown: per agent the dialer's figures, the agent's time, the breaches they
 * own and, when QA evaluated their calls in the period, QA's figures; per dealer the dialer's
 * figures of the attempts on its follow-ups, the follow-up and SLA figures; per department the SLA
 * figures. Tickets carry no agent, so those figures are not in the other breakdowns.
 */
final class Breakdowns {

  private Breakdowns() {}

  static List<Map<String, Object>> of(
      String by,
      List<AttemptHour> hours,
      Map<String, StateTimes> times,
      List<SettledSteps> steps,
      List<DealerAttempts> dealerCalls,
      SlaReports.SlaFigures sla,
      Map<String, AgentQaFigures> qa,
      double cap) {
    List<Map<String, Object>> rows = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    switch (by) {
      case "agent" -> {
        hours.stream().map(AttemptHour::agent).filter(Objects::nonNull).forEach(keys::add);
        keys.addAll(times.keySet());
        sla.breaches().stream()
            .map(SlaReports.BreachCount::owner)
            .filter(Objects::nonNull)
            .forEach(keys::add);
        keys.addAll(qa.keySet());
        for (String agent : keys) {
          Map<String, Object> m = row(by, agent);
          CallFigures calls =
              CallFigures.of(hours.stream().filter(h -> agent.equals(h.agent())).toList());
          calls.putInto(m, cap);
          StateTimes own = times.get(agent);
          TimeFigures.putInto(m, own == null ? List.of() : List.of(own), calls.handled());
          m.put(
              "slaBreaches",
              sla.breaches().stream()
                  .filter(b -> agent.equals(b.owner()))
                  .mapToLong(SlaReports.BreachCount::count)
                  .sum());
          AgentQaFigures audits = qa.get(agent);
          if (audits != null && audits.audited() > 0) {
            m.put("auditedCalls", audits.audited());
            m.put("averageScore", audits.averageScore());
            m.put("criticalFailures", audits.criticalFailures());
            m.put("errorRate", audits.errorRate());
          }
          rows.add(m);
        }
      }
      case "dealer" -> {
        dealerCalls.stream()
            .map(DealerAttempts::dealerCode)
            .filter(Objects::nonNull)
            .forEach(keys::add);
        steps.stream().map(SettledSteps::dealerCode).filter(Objects::nonNull).forEach(keys::add);
        sla.breaches().stream()
            .map(SlaReports.BreachCount::dealerCode)
            .filter(Objects::nonNull)
            .forEach(keys::add);
        sla.targets().stream()
            .map(SlaReports.TargetCount::dealerCode)
            .filter(Objects::nonNull)
            .forEach(keys::add);
        for (String dealer : keys) {
          Map<String, Object> m = row(by, dealer);
          CallFigures.of(
                  dealerCalls.stream()
                      .filter(d -> dealer.equals(d.dealerCode()))
                      .map(DealerAttempts::attempts)
                      .toList())
              .putInto(m, cap);
          StepFigures.putInto(
              m, steps.stream().filter(s -> dealer.equals(s.dealerCode())).toList(), false);
          SlaFiguresView.putInto(
              m,
              sla,
              t -> dealer.equals(t.dealerCode()),
              b -> dealer.equals(b.dealerCode()),
              r -> dealer.equals(r.dealerCode()),
              false);
          rows.add(m);
        }
      }
      default -> {
        sla.targets().stream().map(SlaReports.TargetCount::department).forEach(keys::add);
        sla.breaches().stream()
            .map(SlaReports.BreachCount::department)
            .filter(Objects::nonNull)
            .forEach(keys::add);
        sla.recomplaints().stream().map(SlaReports.RecomplaintCount::department).forEach(keys::add);
        for (String department : keys) {
          Map<String, Object> m = row(by, department);
          SlaFiguresView.putInto(
              m,
              sla,
              t -> department.equals(t.department()),
              b -> department.equals(b.department()),
              r -> department.equals(r.department()),
              false);
          rows.add(m);
        }
      }
    }
    return rows;
  }

  private static Map<String, Object> row(String by, String key) {
    Map<String, Object> m = CallFigures.map();
    m.put(by, key);
    return m;
  }
}
