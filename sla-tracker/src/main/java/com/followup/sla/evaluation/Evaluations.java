package com.followup.sla.evaluation;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * QA scores calls and the agent answers: acknowledge, or dispute once with a reason; QA then
 * upholds the score or scores the call again. Every step is kept. Who may take each step (QA, the
 * call's own agent) is checked by the caller; the order of steps is checked here.
 */
@Singleton
public class Evaluations {

  private static final String COLUMNS =
      "id, attempt_id, agent, campaign, form_code, form_version, evaluator, calibration, score,"
          + " failed_critical, missed_phrases, wrong_answer, results, comment, status,"
          + " evaluated_at";

  private final SlaDatabase db;
  private final EvaluationForms forms;
  private final ObjectMapper json;
  private final Clock clock;

  Evaluations(SlaDatabase db, EvaluationForms forms, ObjectMapper json, Clock clock) {
    this.db = db;
    this.forms = forms;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Scores a call on a form (its latest version unless one is named). One evaluation per evaluator
   * and call; a call has one evaluation that counts for the agent, the others are calibration.
   */
  @Transactional
  public Evaluation evaluate(
      CallFacts call,
      String formCode,
      @Nullable Integer formVersion,
      List<Answer> answers,
      @Nullable String comment,
      boolean calibration,
      String evaluator) {
    EvaluationForm form =
        (formVersion == null ? forms.latest(formCode) : forms.version(formCode, formVersion))
            .orElseThrow(
                () ->
                    new EvaluationNotFound(
                        "no evaluation form "
                            + formCode
                            + (formVersion == null ? "" : " version " + formVersion)));
    ScoreSheet sheet = Scoring.score(form.definition(), answers);
    String note = text(comment, "comment", false);
    if (db.queryOne(
            "SELECT 1 FROM qa_evaluation WHERE attempt_id = ? AND evaluator = ?",
            row -> 1,
            call.attemptId(),
            evaluator)
        .isPresent()) {
      throw new EvaluationRefused(evaluator + " has scored call " + call.attemptId() + " already");
    }
    if (!calibration
        && db.queryOne(
                "SELECT 1 FROM qa_evaluation WHERE attempt_id = ? AND calibration = FALSE"
                    + " FOR UPDATE",
                row -> 1,
                call.attemptId())
            .isPresent()) {
      throw new EvaluationRefused(
          "call " + call.attemptId() + " has its evaluation; score it for calibration instead");
    }
    Instant now = clock.instant();
    long id =
        db.insert(
            "INSERT INTO qa_evaluation (attempt_id, agent, campaign, form_code, form_version,"
                + " evaluator, calibration, score, failed_critical, missed_phrases, wrong_answer,"
                + " results, comment, status, evaluated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)",
            call.attemptId(),
            call.agent(),
            call.campaign(),
            form.code(),
            form.version(),
            evaluator,
            calibration,
            sheet.score(),
            sheet.failedCritical(),
            sheet.missedPhrases(),
            sheet.wrongAnswer(),
            write(sheet.results()),
            note,
            now);
    step(id, EvaluationStatus.SUBMITTED, evaluator, note, sheet.score(), now);
    return find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Evaluation> find(long id) {
    return db.queryOne("SELECT " + COLUMNS + " FROM qa_evaluation WHERE id = ?", this::read, id)
        .map(this::withSteps);
  }

  /** Every evaluation of a call, the one that counts first. */
  @Transactional(readOnly = true)
  public List<Evaluation> ofCall(long attemptId) {
    return db
        .query(
            "SELECT "
                + COLUMNS
                + " FROM qa_evaluation WHERE attempt_id = ? ORDER BY calibration, id",
            this::read,
            attemptId)
        .stream()
        .map(this::withSteps)
        .toList();
  }

  /**
   * The evaluations that count for agents, newest first: of one agent (or all), scored in {@code
   * [from, until)}.
   */
  @Transactional(readOnly = true)
  public List<Evaluation> list(
      @Nullable String agent, @Nullable Instant from, @Nullable Instant until, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM qa_evaluation WHERE calibration = FALSE");
    List<Object> params = new ArrayList<>();
    if (agent != null) {
      sql.append(" AND agent = ?");
      params.add(agent);
    }
    if (from != null) {
      sql.append(" AND evaluated_at >= ?");
      params.add(from);
    }
    if (until != null) {
      sql.append(" AND evaluated_at < ?");
      params.add(until);
    }
    sql.append(" ORDER BY evaluated_at DESC, id DESC LIMIT ")
        .append(Math.max(1, Math.min(limit, 1000)));
    return db.query(sql.toString(), this::read, params.toArray()).stream()
        .map(this::withSteps)
        .toList();
  }

  /** The disputed evaluations waiting for QA's decision, oldest dispute first. */
  @Transactional(readOnly = true)
  public List<Evaluation> disputed(int limit) {
    return db
        .query(
            "SELECT "
                + COLUMNS
                + " FROM qa_evaluation WHERE status = 'DISPUTED' ORDER BY evaluated_at, id LIMIT "
                + Math.max(1, Math.min(limit, 1000)),
            this::read)
        .stream()
        .map(this::withSteps)
        .toList();
  }

  /** The agent accepts the score. */
  @Transactional
  public Evaluation acknowledge(long id, String agent) {
    Evaluation e = forAgent(id);
    move(e, EvaluationStatus.SUBMITTED, EvaluationStatus.ACKNOWLEDGED, agent, null, null);
    return find(id).orElseThrow();
  }

  /** The agent contests the score, once, with a reason. */
  @Transactional
  public Evaluation dispute(long id, String reason, String agent) {
    String why = text(reason, "a dispute's reason", true);
    Evaluation e = forAgent(id);
    if (e.steps().stream().anyMatch(s -> s.step() == EvaluationStatus.DISPUTED)) {
      throw new EvaluationRefused("evaluation " + id + " was disputed already");
    }
    move(e, EvaluationStatus.SUBMITTED, EvaluationStatus.DISPUTED, agent, why, null);
    return find(id).orElseThrow();
  }

  /** QA keeps the disputed score. */
  @Transactional
  public Evaluation uphold(long id, String reason, String qa) {
    String why = text(reason, "a decision's reason", true);
    Evaluation e = find(id).orElseThrow(() -> notFound(id));
    move(e, EvaluationStatus.DISPUTED, EvaluationStatus.UPHELD, qa, why, e.sheet().score());
    return find(id).orElseThrow();
  }

  /**
   * QA scores the disputed call again on the same form version; the first score stays in the steps.
   */
  @Transactional
  public Evaluation revise(long id, List<Answer> answers, String reason, String qa) {
    String why = text(reason, "a decision's reason", true);
    Evaluation e = find(id).orElseThrow(() -> notFound(id));
    EvaluationForm form = forms.version(e.formCode(), e.formVersion()).orElseThrow();
    ScoreSheet sheet = Scoring.score(form.definition(), answers);
    move(e, EvaluationStatus.DISPUTED, EvaluationStatus.REVISED, qa, why, sheet.score());
    db.update(
        "UPDATE qa_evaluation SET score = ?, failed_critical = ?, missed_phrases = ?,"
            + " wrong_answer = ?, results = ? WHERE id = ?",
        sheet.score(),
        sheet.failedCritical(),
        sheet.missedPhrases(),
        sheet.wrongAnswer(),
        write(sheet.results()),
        id);
    return find(id).orElseThrow();
  }

  private Evaluation forAgent(long id) {
    Evaluation e = find(id).orElseThrow(() -> notFound(id));
    if (e.calibration()) {
      throw new EvaluationRefused("evaluation " + id + " is a calibration score, not the agent's");
    }
    return e;
  }

  private void move(
      Evaluation e,
      EvaluationStatus from,
      EvaluationStatus to,
      String actor,
      String reason,
      Double score) {
    int changed =
        db.update(
            "UPDATE qa_evaluation SET status = ? WHERE id = ? AND status = ?",
            to.name(),
            e.id(),
            from.name());
    if (changed == 0) {
      throw new EvaluationRefused(
          "evaluation "
              + e.id()
              + " is "
              + e.status()
              + ": it cannot be "
              + to.name().toLowerCase());
    }
    step(e.id(), to, actor, reason, score, clock.instant());
  }

  private void step(
      long id, EvaluationStatus step, String actor, String reason, Double score, Instant at) {
    db.update(
        "INSERT INTO qa_evaluation_step (evaluation_id, step, actor, reason, score, at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id,
        step.name(),
        actor,
        reason,
        score,
        at);
  }

  private Evaluation withSteps(Evaluation e) {
    List<EvaluationStep> steps =
        db.query(
            "SELECT step, actor, reason, score, at FROM qa_evaluation_step WHERE evaluation_id = ?"
                + " ORDER BY id",
            row -> {
              double value = row.getDouble("score");
              Double score = row.wasNull() ? null : value;
              return new EvaluationStep(
                  EvaluationStatus.valueOf(row.getString("step")),
                  row.getString("actor"),
                  row.getString("reason"),
                  score,
                  SlaDatabase.instant(row, "at"));
            },
            e.id());
    return new Evaluation(
        e.id(),
        e.call(),
        e.formCode(),
        e.formVersion(),
        e.evaluator(),
        e.calibration(),
        e.sheet(),
        e.comment(),
        e.status(),
        e.evaluatedAt(),
        steps);
  }

  private Evaluation read(ResultSet row) throws SQLException {
    List<QuestionResult> results;
    try {
      results = json.readValue(row.getString("results"), Argument.listOf(QuestionResult.class));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "stored evaluation " + row.getLong("id") + " is unreadable", e);
    }
    return new Evaluation(
        row.getLong("id"),
        new CallFacts(row.getLong("attempt_id"), row.getString("agent"), row.getString("campaign")),
        row.getString("form_code"),
        row.getInt("form_version"),
        row.getString("evaluator"),
        row.getBoolean("calibration"),
        new ScoreSheet(
            row.getDouble("score"),
            row.getBoolean("failed_critical"),
            row.getBoolean("missed_phrases"),
            row.getBoolean("wrong_answer"),
            results),
        row.getString("comment"),
        EvaluationStatus.valueOf(row.getString("status")),
        SlaDatabase.instant(row, "evaluated_at"),
        List.of());
  }

  private String write(List<QuestionResult> results) {
    try {
      return json.writeValueAsString(results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvaluationNotFound notFound(long id) {
    return new EvaluationNotFound("no evaluation " + id);
  }

  private static String text(String value, String what, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new IllegalArgumentException(what + " is required");
      }
      return null;
    }
    if (value.length() > 2000) {
      throw new IllegalArgumentException(what + " is longer than 2000 characters");
    }
    return value.trim();
  }
}
