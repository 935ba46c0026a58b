package com.followup.sla.transfer;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Per-department figures for the reports: transfers, time to acknowledge and resolve, reopened. */
@Singleton
public class DepartmentFigures {

  /**
   * One department's figures over transfers made in a period.
   *
   * @param transfers hand-overs to it (opened, passed on to it, reopened)
   * @param acknowledged of those, how many it acknowledged
   * @param meanToAcknowledge mean time from transfer to acknowledgement; null when none
   * @param resolved of those, how many it resolved
   * @param meanToResolve mean time from transfer to resolution; null when none
   * @param reopened transfers back to it because the customer said it was not resolved
   * @param passedOn transfers it passed on to another department
   */
  public record Figures(
      String department,
      long transfers,
      long acknowledged,
      @Nullable Duration meanToAcknowledge,
      long resolved,
      @Nullable Duration meanToResolve,
      long reopened,
      long passedOn) {}

  private final SlaDatabase db;

  DepartmentFigures(SlaDatabase db) {
    this.db = db;
  }

  /** Figures of transfers made in {@code [from, until)}, by department code. */
  @Transactional(readOnly = true)
  public List<Figures> between(Instant from, Instant until) {
    if (from == null || until == null || !from.isBefore(until)) {
      throw new IllegalArgumentException("the period must start before it ends");
    }
    // TIMESTAMPDIFF in seconds works on MariaDB and on the embedded H2 alike
    return db.query(
        "SELECT t.department, COUNT(*) AS transfers,"
            + " COUNT(t.acknowledged_at) AS acknowledged,"
            + " AVG(TIMESTAMPDIFF(SECOND, t.transferred_at, t.acknowledged_at)) AS to_ack,"
            + " COUNT(t.resolved_at) AS resolved,"
            + " AVG(TIMESTAMPDIFF(SECOND, t.transferred_at, t.resolved_at)) AS to_resolve,"
            + " SUM(CASE WHEN t.reason = 'REOPENED' THEN 1 ELSE 0 END) AS reopened,"
            + " (SELECT COUNT(*) FROM sla_transfer p WHERE p.from_department = t.department"
            + " AND p.reason = 'PASSED_ON' AND p.transferred_at >= ? AND p.transferred_at < ?)"
            + " AS passed_on"
            + " FROM sla_transfer t WHERE t.transferred_at >= ? AND t.transferred_at < ?"
            + " GROUP BY t.department ORDER BY t.department",
        row ->
            new Figures(
                row.getString("department"),
                row.getLong("transfers"),
                row.getLong("acknowledged"),
                seconds(row.getObject("to_ack")),
                row.getLong("resolved"),
                seconds(row.getObject("to_resolve")),
                row.getLong("reopened"),
                row.getLong("passed_on")),
        from,
        until,
        from,
        until);
  }

  private static Duration seconds(Object mean) {
    return mean == null
        ? null
        : Duration.ofMillis(Math.round(((Number) mean).doubleValue() * 1000));
  }
}
