package com.followup.admin.reports;

import com.followup.sla.report.SlaReports;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** SLA figures of a report, optionally of one department, dealer or agent only. */
final class SlaFiguresView {

  private SlaFiguresView() {}

  static void putInto(
      Map<String, Object> m,
      SlaReports.SlaFigures sla,
      Predicate<SlaReports.TargetCount> targets,
      Predicate<SlaReports.BreachCount> breaches,
      Predicate<SlaReports.RecomplaintCount> recomplaints,
      boolean breakdowns) {
    long met = 0;
    long breached = 0;
    for (SlaReports.TargetCount t : sla.targets()) {
      if (targets.test(t)) {
        met += t.met();
        breached += t.breached();
      }
    }
    long flagged = 0;
    for (SlaReports.BreachCount b : sla.breaches()) {
      if (breaches.test(b)) {
        flagged += b.count();
      }
    }
    long again =
        sla.recomplaints().stream()
            .filter(recomplaints)
            .mapToLong(SlaReports.RecomplaintCount::count)
            .sum();
    m.put("slaTargetsMet", met);
    m.put("slaTargetsBreached", breached);
    m.put("slaCompliance", CallFigures.ratio(met, met + breached));
    m.put("slaBreaches", flagged);
    m.put("recomplaints", again);
    if (!breakdowns) {
      return;
    }
    m.put("slaBreachesByStage", group(sla, breaches, SlaReports.BreachCount::target));
    m.put("slaBreachesByDepartment", group(sla, breaches, SlaReports.BreachCount::department));
    m.put("slaBreachesByAgent", group(sla, breaches, SlaReports.BreachCount::owner));
    m.put("slaBreachesByDealer", group(sla, breaches, SlaReports.BreachCount::dealerCode));
    m.put("slaBreachesByStatus", group(sla, breaches, SlaReports.BreachCount::status));
    Map<String, Long> reviews = new TreeMap<>();
    reviews.put("confirmed", 0L);
    reviews.put("excused", 0L);
    reviews.put("appealed", 0L);
    reviews.put("appealsConfirmed", 0L);
    reviews.put("appealsExcused", 0L);
    for (SlaReports.ReviewCount r : sla.reviews()) {
      String key =
          switch (r.step()) {
            case "REVIEW" -> "CONFIRMED".equals(r.outcome()) ? "confirmed" : "excused";
            case "APPEAL" -> "appealed";
            default -> "CONFIRMED".equals(r.outcome()) ? "appealsConfirmed" : "appealsExcused";
          };
      reviews.merge(key, r.count(), Long::sum);
    }
    m.put("qaReviews", reviews);
  }

  private static Map<String, Long> group(
      SlaReports.SlaFigures sla,
      Predicate<SlaReports.BreachCount> keep,
      Function<SlaReports.BreachCount, String> key) {
    Map<String, Long> groups = new TreeMap<>();
    for (SlaReports.BreachCount b : sla.breaches()) {
      if (keep.test(b)) {
        String k = key.apply(b);
        groups.merge(k == null ? "(none)" : k, b.count(), Long::sum);
      }
    }
    return groups;
  }
}
