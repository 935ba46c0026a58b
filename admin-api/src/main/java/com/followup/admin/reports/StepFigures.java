package com.followup.admin.reports;

import com.followup.campaign.report.SettledSteps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Follow-up steps that ended: completed within their window, late, missed by cause. */
final class StepFigures {

  /** The causes a report names, from the stored missed reasons. */
  static final Map<String, String> CAUSES =
      Map.of(
          "LATE_RECORD", "lateRecord",
          "ATTEMPT_LIMIT", "attemptsUsedUp",
          "DEADLINE_PASSED", "neverReached");

  private StepFigures() {}

  static void putInto(Map<String, Object> m, List<SettledSteps> steps, boolean breakdowns) {
    long[] totals = new long[3];
    Map<String, Long> causes = causes();
    Map<String, long[]> byStep = new TreeMap<>();
    Map<String, long[]> byDealer = new TreeMap<>();
    for (SettledSteps s : steps) {
      int slot = slot(s);
      totals[slot] += s.count();
      if (slot == 2) {
        causes.merge(CAUSES.getOrDefault(s.missedReason(), "other"), s.count(), Long::sum);
      }
      byStep.computeIfAbsent(s.campaign() + "\u0000" + s.step(), k -> new long[3])[slot] +=
          s.count();
      String dealer = s.dealerCode() == null ? "" : s.dealerCode();
      byDealer.computeIfAbsent(dealer, k -> new long[3])[slot] += s.count();
    }
    m.put("followupsCompletedInWindow", totals[0]);
    m.put("followupsCompletedLate", totals[1]);
    m.put("followupsMissed", totals[2]);
    m.put("followupsMissedByCause", causes);
    m.put(
        "followupCompletionRate", CallFigures.ratio(totals[0], totals[0] + totals[1] + totals[2]));
    if (!breakdowns) {
      return;
    }
    List<Map<String, Object>> stepRows = new ArrayList<>();
    byStep.forEach(
        (key, n) -> {
          String[] parts = key.split("\u0000");
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("campaign", parts[0]);
          row.put("step", Integer.parseInt(parts[1]));
          counts(row, n);
          stepRows.add(row);
        });
    List<Map<String, Object>> dealerRows = new ArrayList<>();
    byDealer.forEach(
        (dealer, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("dealer", dealer.isEmpty() ? null : dealer);
          counts(row, n);
          dealerRows.add(row);
        });
    m.put("followupsByStep", stepRows);
    m.put("followupsByDealer", dealerRows);
  }

  private static void counts(Map<String, Object> row, long[] n) {
    row.put("completedInWindow", n[0]);
    row.put("completedLate", n[1]);
    row.put("missed", n[2]);
  }

  private static Map<String, Long> causes() {
    Map<String, Long> causes = new LinkedHashMap<>();
    causes.put("lateRecord", 0L);
    causes.put("attemptsUsedUp", 0L);
    causes.put("neverReached", 0L);
    return causes;
  }

  /** 0 completed in window, 1 completed late, 2 missed. */
  private static int slot(SettledSteps s) {
    if ("MISSED".equals(s.status())) {
      return 2;
    }
    return s.inWindow() ? 0 : 1;
  }
}
