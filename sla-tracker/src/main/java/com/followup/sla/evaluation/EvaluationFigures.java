package com.followup.sla.evaluation;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** QA's figures per agent over a period, from the evaluations that count (not calibration). */
@Singleton
public class EvaluationFigures {

  private final SlaDatabase db;

  EvaluationFigures(SlaDatabase db) {
    this.db = db;
  }

  /** Per agent, the calls evaluated in {@code [from, until)}. */
  @Transactional(readOnly = true)
  public List<AgentQaFigures> byAgent(Instant from, Instant until) {
    return db.query(
        "SELECT agent, COUNT(*) AS audited, AVG(score) AS average,"
            + " SUM(CASE WHEN failed_critical THEN 1 ELSE 0 END) AS critical,"
            + " SUM(CASE WHEN missed_phrases THEN 1 ELSE 0 END) AS phrases,"
            + " SUM(CASE WHEN wrong_answer THEN 1 ELSE 0 END) AS wrong"
            + " FROM qa_evaluation WHERE calibration = FALSE AND evaluated_at >= ?"
            + " AND evaluated_at < ? GROUP BY agent ORDER BY agent",
        row ->
            new AgentQaFigures(
                row.getString("agent"),
                row.getLong("audited"),
                BigDecimal.valueOf(row.getDouble("average"))
                    .setScale(2, RoundingMode.HALF_UP)
                    .doubleValue(),
                row.getLong("critical"),
                row.getLong("phrases"),
                row.getLong("wrong")),
        from,
        until);
  }
}
