package com.followup.sla.ticket;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-complaints per responsible department over a period, counted two ways: a ticket with late
 * service reopened because the customer complained again (the domain's re-complaint, recorded when
 * {@code REOPENED} is entered on a ticket with a breached target), and a repeat complaint — a new
 * complaint from a customer phone that already complained to the same department within {@link
 * #REPEAT_WINDOW} before it.
 */
@Singleton
public class DepartmentRecomplaints {

  /** How far back an earlier complaint of the same customer makes a new one a repeat. */
  public static final Duration REPEAT_WINDOW = Duration.ofDays(30);

  private final SlaDatabase db;

  DepartmentRecomplaints(SlaDatabase db) {
    this.db = db;
  }

  /** Every department with a complaint or re-complaint in [since, until), by name. */
  @Transactional(readOnly = true)
  public List<Row> between(Instant since, Instant until) {
    if (!until.isAfter(since)) {
      throw new IllegalArgumentException("until must be after since");
    }
    Map<String, long[]> counts = new TreeMap<>();
    db.query(
        "SELECT department, COUNT(*) FROM sla_ticket WHERE ticket_type = 'COMPLAINT'"
            + " AND opened_at >= ? AND opened_at < ? GROUP BY department",
        row -> counts.computeIfAbsent(row.getString(1), d -> new long[3])[0] = row.getLong(2),
        since,
        until);
    // a repeat: the same customer complained to the same department in the 30 days before
    db.query(
        "SELECT t.department, COUNT(*) FROM sla_ticket t WHERE t.ticket_type = 'COMPLAINT'"
            + " AND t.opened_at >= ? AND t.opened_at < ? AND EXISTS (SELECT 1 FROM sla_ticket p"
            + " WHERE p.customer_phone = t.customer_phone AND p.department = t.department"
            + " AND p.ticket_type = 'COMPLAINT' AND p.id <> t.id"
            + " AND p.opened_at >= t.opened_at - INTERVAL ? SECOND"
            + " AND (p.opened_at < t.opened_at OR (p.opened_at = t.opened_at AND p.id < t.id)))"
            + " GROUP BY t.department",
        row -> counts.computeIfAbsent(row.getString(1), d -> new long[3])[1] = row.getLong(2),
        since,
        until,
        REPEAT_WINDOW.toSeconds());
    db.query(
        "SELECT department, COUNT(*) FROM sla_recomplaint WHERE recorded_at >= ?"
            + " AND recorded_at < ? GROUP BY department",
        row -> counts.computeIfAbsent(row.getString(1), d -> new long[3])[2] = row.getLong(2),
        since,
        until);
    List<Row> rows = new ArrayList<>();
    counts.forEach((department, c) -> rows.add(new Row(department, c[0], c[1], c[2])));
    return rows;
  }

  /**
   * One department's figures.
   *
   * @param complaints complaint tickets opened in the period
   * @param repeats of those, complaints from a customer who complained to it in the 30 days before
   * @param reopenedLate tickets with late service reopened by a new complaint in the period
   */
  public record Row(String department, long complaints, long repeats, long reopenedLate) {

    /** Repeats as a share of complaints, or null without complaints. */
    public Double repeatRate() {
      return complaints == 0 ? null : (double) repeats / complaints;
    }
  }
}
