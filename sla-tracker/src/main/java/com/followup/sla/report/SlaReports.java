package com.followup.sla.report;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The SLA tracker's figures for reports over [from, to): targets met and breached, the breach
 * ledger's entries, re-complaints and QA's review steps. A target met after its deadline counts as
 * breached only.
 */
@Singleton
public class SlaReports {

  /** Targets of one stage, department and dealer that were met or breached in the period. */
  public record TargetCount(
      String target, String department, String dealerCode, long met, long breached) {}

  /** Breaches flagged in the period, by stage, department, dealer, owner and review status. */
  public record BreachCount(
      String target,
      String department,
      String dealerCode,
      String owner,
      String status,
      long count) {}

  /** Re-complaints recorded in the period. */
  public record RecomplaintCount(String department, String dealerCode, long count) {}

  /** Review steps taken in the period: REVIEW, APPEAL or APPEAL_DECISION, and their outcome. */
  public record ReviewCount(String step, String outcome, long count) {}

  /** Everything above for one period. */
  public record SlaFigures(
      List<TargetCount> targets,
      List<BreachCount> breaches,
      List<RecomplaintCount> recomplaints,
      List<ReviewCount> reviews) {}

  private final SlaDatabase db;

  SlaReports(SlaDatabase db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public SlaFigures figures(Instant from, Instant to) {
    List<TargetCount> targets =
        db.query(
            "SELECT t.name, k.department, k.dealer_code,"
                + " SUM(CASE WHEN t.met_at >= ? AND t.met_at < ? AND t.breached_at IS NULL"
                + " THEN 1 ELSE 0 END) AS met,"
                + " SUM(CASE WHEN t.breached_at >= ? AND t.breached_at < ? THEN 1 ELSE 0 END)"
                + " AS breached FROM sla_target t JOIN sla_ticket k ON k.id = t.ticket_id"
                + " WHERE (t.met_at >= ? AND t.met_at < ?) OR (t.breached_at >= ?"
                + " AND t.breached_at < ?) GROUP BY t.name, k.department, k.dealer_code",
            row ->
                new TargetCount(
                    row.getString("name"),
                    row.getString("department"),
                    row.getString("dealer_code"),
                    row.getLong("met"),
                    row.getLong("breached")),
            from,
            to,
            from,
            to,
            from,
            to,
            from,
            to);
    List<BreachCount> breaches =
        db.query(
            "SELECT target, department, dealer_code, owner, status, COUNT(*) AS n FROM sla_breach"
                + " WHERE breached_at >= ? AND breached_at < ?"
                + " GROUP BY target, department, dealer_code, owner, status",
            row ->
                new BreachCount(
                    row.getString("target"),
                    row.getString("department"),
                    row.getString("dealer_code"),
                    row.getString("owner"),
                    row.getString("status"),
                    row.getLong("n")),
            from,
            to);
    List<RecomplaintCount> recomplaints =
        db.query(
            "SELECT department, dealer_code, COUNT(*) AS n FROM sla_recomplaint"
                + " WHERE recorded_at >= ? AND recorded_at < ? GROUP BY department, dealer_code",
            row ->
                new RecomplaintCount(
                    row.getString("department"), row.getString("dealer_code"), row.getLong("n")),
            from,
            to);
    List<ReviewCount> reviews =
        db.query(
            "SELECT step, outcome, COUNT(*) AS n FROM sla_breach_step"
                + " WHERE taken_at >= ? AND taken_at < ? GROUP BY step, outcome",
            row ->
                new ReviewCount(row.getString("step"), row.getString("outcome"), row.getLong("n")),
            from,
            to);
    return new SlaFigures(targets, breaches, recomplaints, reviews);
  }
}
