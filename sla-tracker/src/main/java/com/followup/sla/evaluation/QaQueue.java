package com.followup.sla.evaluation;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * QA's queue of calls to evaluate ({@code qa_queue}) and the sampling rules that fill it ({@code
 * qa_sampling_rule}). A call is queued once, whether sampled or picked by QA.
 */
@Singleton
public class QaQueue {

  /** One queued call. */
  @io.micronaut.serde.annotation.Serdeable
  public record Queued(
      long attemptId,
      String campaign,
      String agent,
      String week,
      String reason,
      Instant queuedAt,
      String queuedBy) {}

  /** How often each rule tops the queue up. */
  public static final java.time.Duration TOP_UP = java.time.Duration.ofHours(1);

  private final SlaDatabase db;
  private final Clock clock;

  QaQueue(SlaDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Transactional
  public SamplingRule saveRule(SamplingRule rule, String by) {
    db.update("DELETE FROM qa_sampling_rule WHERE campaign = ?", rule.campaign());
    db.update(
        "INSERT INTO qa_sampling_rule (campaign, per_agent_per_week, problem_share, seed,"
            + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)",
        rule.campaign(),
        rule.perAgentPerWeek(),
        rule.problemShare(),
        rule.seed(),
        clock.instant(),
        by);
    return rule;
  }

  /** The rules whose hourly top-up is due at {@code now}, claimed for this instance. */
  @Transactional
  public List<SamplingRule> claimDue(Instant now) {
    List<SamplingRule> due =
        db.query(
            "SELECT campaign, per_agent_per_week, problem_share, seed FROM qa_sampling_rule"
                + " WHERE sampled_at IS NULL OR sampled_at <= ? ORDER BY campaign LIMIT 20"
                + " FOR UPDATE SKIP LOCKED",
            QaQueue::readRule,
            now.minus(TOP_UP));
    for (SamplingRule r : due) {
      db.update("UPDATE qa_sampling_rule SET sampled_at = ? WHERE campaign = ?", now, r.campaign());
    }
    return due;
  }

  /** When the next rule's top-up falls due. */
  @Transactional(readOnly = true)
  public Optional<Instant> nextTopUp() {
    return db.queryOne(
            "SELECT MIN(COALESCE(sampled_at, updated_at)) AS last,"
                + " SUM(CASE WHEN sampled_at IS NULL THEN 1 ELSE 0 END) AS fresh"
                + " FROM qa_sampling_rule",
            row ->
                row.getLong("fresh") > 0
                    ? Optional.of(Instant.EPOCH)
                    : Optional.ofNullable(SlaDatabase.instant(row, "last"))
                        .map(t -> t.plus(TOP_UP)))
        .flatMap(o -> o);
  }

  @Transactional(readOnly = true)
  public Optional<SamplingRule> rule(String campaign) {
    return db.queryOne(
        "SELECT campaign, per_agent_per_week, problem_share, seed FROM qa_sampling_rule"
            + " WHERE campaign = ?",
        QaQueue::readRule,
        campaign);
  }

  @Transactional(readOnly = true)
  public List<SamplingRule> rules() {
    return db.query(
        "SELECT campaign, per_agent_per_week, problem_share, seed FROM qa_sampling_rule"
            + " ORDER BY campaign",
        QaQueue::readRule);
  }

  /** How many calls of each agent are queued for a campaign's week. */
  @Transactional(readOnly = true)
  public Map<String, Integer> queuedPerAgent(String campaign, String week) {
    Map<String, Integer> counts = new HashMap<>();
    db.query(
            "SELECT agent, COUNT(*) AS n FROM qa_queue WHERE campaign = ? AND week = ?"
                + " GROUP BY agent",
            row -> Map.entry(row.getString("agent"), row.getInt("n")),
            campaign,
            week)
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** The ones among {@code attemptIds} that are queued already. */
  @Transactional(readOnly = true)
  public Set<Long> queuedAmong(Collection<Long> attemptIds) {
    if (attemptIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        db.query(
            "SELECT attempt_id FROM qa_queue WHERE attempt_id IN ("
                + marks(attemptIds.size())
                + ")",
            row -> row.getLong(1),
            attemptIds.toArray()));
  }

  /** The follow-ups among {@code followUpIds} on which a problem ticket was raised. */
  @Transactional(readOnly = true)
  public Set<Long> withProblemTickets(Collection<Long> followUpIds) {
    if (followUpIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        db.query(
            "SELECT DISTINCT follow_up_id FROM sla_ticket WHERE ticket_type = 'PROBLEM'"
                + " AND follow_up_id IN ("
                + marks(followUpIds.size())
                + ")",
            row -> row.getLong(1),
            followUpIds.toArray()));
  }

  /** Queues a call; false when it was queued before (nothing changes). */
  @Transactional
  public boolean add(
      long attemptId, String campaign, String agent, String week, String reason, String by) {
    if (db.queryOne("SELECT 1 FROM qa_queue WHERE attempt_id = ? FOR UPDATE", r -> 1, attemptId)
        .isPresent()) {
      return false;
    }
    db.update(
        "INSERT INTO qa_queue (attempt_id, campaign, agent, week, reason, queued_at, queued_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        attemptId,
        campaign,
        agent,
        week,
        reason,
        clock.instant(),
        by);
    return true;
  }

  /**
   * The queue waiting for QA, oldest first: queued calls nobody has scored yet (calibration scores
   * aside), of one campaign or all.
   */
  @Transactional(readOnly = true)
  public List<Queued> waiting(@Nullable String campaign, int limit) {
    return db.query(
        "SELECT q.attempt_id, q.campaign, q.agent, q.week, q.reason, q.queued_at, q.queued_by"
            + " FROM qa_queue q WHERE NOT EXISTS (SELECT 1 FROM qa_evaluation e"
            + " WHERE e.attempt_id = q.attempt_id AND e.calibration = FALSE)"
            + (campaign == null ? "" : " AND q.campaign = ?")
            + " ORDER BY q.queued_at, q.attempt_id LIMIT "
            + Math.max(1, Math.min(limit, 1000)),
        row ->
            new Queued(
                row.getLong("attempt_id"),
                row.getString("campaign"),
                row.getString("agent"),
                row.getString("week"),
                row.getString("reason"),
                SlaDatabase.instant(row, "queued_at"),
                row.getString("queued_by")),
        campaign == null ? new Object[0] : new Object[] {campaign});
  }

  private static SamplingRule readRule(java.sql.ResultSet row) throws java.sql.SQLException {
    return new SamplingRule(
        row.getString("campaign"),
        row.getInt("per_agent_per_week"),
        row.getDouble("problem_share"),
        row.getLong("seed"));
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
