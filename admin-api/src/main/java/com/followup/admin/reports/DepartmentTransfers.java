package com.followup.admin.reports;

import com.followup.sla.report.SlaReports;
import com.followup.sla.transfer.DepartmentFigures;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The department breakdown's hand-over figures, from the SLA tracker's transfers made in the
 * period: {@code transfers} (opened, passed on to it, reopened), {@code acknowledged} and {@code
 * averageSecondsToAcknowledge}, {@code resolved} and {@code averageSecondsToResolve} (from the
 * transfer; null when none), {@code reopened} (transfers back to it because the customer said it
 * was not resolved) and {@code passedOn} (transfers it passed on to another department). A
 * department with transfers but no SLA figures in the period gets a row of its own.
 */
@Singleton
class DepartmentTransfers {

  private final DepartmentFigures figures;

  DepartmentTransfers(DepartmentFigures figures) {
    this.figures = figures;
  }

  /** Adds the figures of {@code [from, to)} to the rows of {@code by=department}. */
  void putInto(
      List<Map<String, Object>> rows, SlaReports.SlaFigures sla, Instant from, Instant to) {
    Map<String, Map<String, Object>> byDepartment = new HashMap<>();
    for (Map<String, Object> row : rows) {
      byDepartment.put(String.valueOf(row.get("department")), row);
      putInto(row, null);
    }
    for (DepartmentFigures.Figures f : figures.between(from, to)) {
      Map<String, Object> row = byDepartment.get(f.department());
      if (row == null) {
        String code = f.department();
        row = CallFigures.map();
        row.put("department", code);
        SlaFiguresView.putInto(
            row,
            sla,
            t -> code.equals(t.department()),
            b -> code.equals(b.department()),
            r -> code.equals(r.department()),
            false);
        rows.add(row);
        byDepartment.put(code, row);
      }
      putInto(row, f);
    }
    rows.sort(Comparator.comparing(r -> String.valueOf(r.get("department"))));
  }

  private static void putInto(Map<String, Object> row, DepartmentFigures.Figures f) {
    row.put("transfers", f == null ? 0 : f.transfers());
    row.put("acknowledged", f == null ? 0 : f.acknowledged());
    row.put("averageSecondsToAcknowledge", f == null ? null : seconds(f.meanToAcknowledge()));
    row.put("resolved", f == null ? 0 : f.resolved());
    row.put("averageSecondsToResolve", f == null ? null : seconds(f.meanToResolve()));
    row.put("reopened", f == null ? 0 : f.reopened());
    row.put("passedOn", f == null ? 0 : f.passedOn());
  }

  private static Double seconds(Duration mean) {
    return mean == null ? null : mean.toMillis() / 1000.0;
  }
}
