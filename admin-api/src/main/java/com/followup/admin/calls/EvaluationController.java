package com.followup.admin.calls;

import com.followup.admin.ticket.Instants;
import com.followup.dialer.calls.CallLog;
import com.followup.dialer.calls.LoggedCall;
import com.followup.sla.evaluation.AgentQaFigures;
import com.followup.sla.evaluation.Answer;
import com.followup.sla.evaluation.Calibration;
import com.followup.sla.evaluation.CallFacts;
import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationFigures;
import com.followup.sla.evaluation.EvaluationForm;
import com.followup.sla.evaluation.EvaluationForms;
import com.followup.sla.evaluation.EvaluationNotFound;
import com.followup.sla.evaluation.EvaluationRefused;
import com.followup.sla.evaluation.Evaluations;
import com.followup.sla.evaluation.FormDefinition;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * QA's evaluation of calls: versioned forms, scoring a call, the agent's acknowledgement or dispute
 * and QA's decision, calibration across evaluators, and the figures per agent and month.
 *
 * <p>Who sees what: managers see every evaluation; QA sees the evaluation that counts for the agent
 * once it is disputed or when it scored it, and the other evaluators' answers on a call only after
 * scoring that call itself (calibration is blind); an agent sees its own evaluations that count,
 * never the calibration ones.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {

  private final EvaluationForms forms;
  private final Evaluations evaluations;
  private final EvaluationFigures figures;
  private final CallLog calls;
  private final ZoneId zone;
  private final Clock clock;

  EvaluationController(
      EvaluationForms forms,
      Evaluations evaluations,
      EvaluationFigures figures,
      CallLog calls,
      Clock clock,
      @Value("${followup.reports.zone:Asia/Shanghai}") String zone) {
    this.forms = forms;
    this.evaluations = evaluations;
    this.figures = figures;
    this.calls = calls;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  @Put("/evaluation-forms/{code}")
  @Secured({"QA", "MANAGER"})
  HttpResponse<FormView> saveForm(
      String code, @Body FormDefinition definition, Authentication authentication) {
    return HttpResponse.ok(FormView.of(forms.save(code, definition, authentication.getName())));
  }

  @Get("/evaluation-forms")
  @Secured({"QA", "MANAGER", "AGENT"})
  List<FormView> listForms() {
    return forms.list().stream().map(FormView::of).toList();
  }

  @Get("/evaluation-forms/{code}")
  @Secured({"QA", "MANAGER", "AGENT"})
  FormView form(String code, @Nullable @QueryValue Integer version) {
    return (version == null ? forms.latest(code) : forms.version(code, version))
        .map(FormView::of)
        .orElseThrow(() -> new EvaluationNotFound("no evaluation form " + code));
  }

  @Post("/calls/{id}/evaluations")
  @Secured("QA")
  HttpResponse<EvaluationView> evaluate(
      long id, @Body EvaluateRequest body, Authentication authentication) {
    if (body.form() == null || body.form().isBlank()) {
      throw new IllegalArgumentException("form is required: the evaluation form's code");
    }
    LoggedCall call =
        calls.find(id).orElseThrow(() -> new EvaluationNotFound("no call " + id)).call();
    if (call.agent() == null) {
      throw new EvaluationRefused("call " + id + " reached no agent: there is nothing to score");
    }
    Evaluation scored =
        evaluations.evaluate(
            new CallFacts(call.id(), call.agent(), call.campaign()),
            body.form().trim(),
            body.version(),
            body.answers() == null ? List.of() : body.answers(),
            body.comment(),
            Boolean.TRUE.equals(body.calibration()),
            authentication.getName());
    return HttpResponse.created(EvaluationView.of(scored, true));
  }

  /** A call's evaluations: all for a manager, for QA once it scored the call itself. */
  @Get("/calls/{id}/evaluations")
  @Secured({"QA", "MANAGER"})
  List<EvaluationView> ofCall(long id, Authentication authentication) {
    List<Evaluation> all = evaluations.ofCall(id);
    return all.stream()
        .filter(e -> mayReadAnswers(e, all, authentication))
        .map(e -> EvaluationView.of(e, true))
        .toList();
  }

  /** Several evaluators' scores of a call side by side, with the spread per question. */
  @Get("/calls/{id}/calibration")
  @Secured({"QA", "MANAGER"})
  HttpResponse<Calibration> calibration(long id, Authentication authentication) {
    List<Evaluation> all = evaluations.ofCall(id);
    if (all.isEmpty()) {
      throw new EvaluationNotFound("call " + id + " has no evaluation");
    }
    if (!isManager(authentication) && !scoredBy(all, authentication.getName())) {
      return HttpResponse.status(HttpStatus.FORBIDDEN); // blind until one's own score is in
    }
    return HttpResponse.ok(Calibration.of(id, all));
  }

  /** The evaluations that count: an agent's own, or anyone's for QA and managers. */
  @Get("/evaluations")
  @Secured({"QA", "MANAGER", "AGENT"})
  List<EvaluationView> list(
      @Nullable @QueryValue String agent,
      @Nullable @QueryValue String month,
      @Nullable @QueryValue Integer limit,
      Authentication authentication) {
    boolean auditor = isAuditor(authentication);
    YearMonth m = month(month);
    return evaluations
        .list(
            auditor ? blankToNull(agent) : authentication.getName(),
            m == null ? null : m.atDay(1).atStartOfDay(zone).toInstant(),
            m == null ? null : m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
            limit == null ? 100 : limit)
        .stream()
        .map(e -> EvaluationView.of(e, !auditor || isManager(authentication)))
        .toList();
  }

  @Get("/evaluations/figures")
  @Secured({"QA", "MANAGER"})
  List<FiguresView> figures(@Nullable @QueryValue String month) {
    YearMonth m = month(month);
    YearMonth chosen = m != null ? m : YearMonth.now(clock.withZone(zone));
    return figures
        .byAgent(
            chosen.atDay(1).atStartOfDay(zone).toInstant(),
            chosen.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
        .stream()
        .map(f -> FiguresView.of(chosen, f))
        .toList();
  }

  @Get("/evaluations/{id}")
  @Secured({"QA", "MANAGER", "AGENT"})
  HttpResponse<EvaluationView> get(long id, Authentication authentication) {
    Evaluation e = find(id);
    boolean may =
        isAuditor(authentication)
            ? mayReadAnswers(e, evaluations.ofCall(e.call().attemptId()), authentication)
            : ownedBy(e, authentication);
    return may
        ? HttpResponse.ok(EvaluationView.of(e, true))
        : HttpResponse.status(HttpStatus.FORBIDDEN);
  }

  @Post("/evaluations/{id}/acknowledge")
  @Secured("AGENT")
  HttpResponse<EvaluationView> acknowledge(long id, Authentication authentication) {
    if (!ownedBy(find(id), authentication)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return HttpResponse.ok(
        EvaluationView.of(evaluations.acknowledge(id, authentication.getName()), true));
  }

  @Post("/evaluations/{id}/dispute")
  @Secured("AGENT")
  HttpResponse<EvaluationView> dispute(
      long id, @Body ReasonRequest body, Authentication authentication) {
    if (!ownedBy(find(id), authentication)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return HttpResponse.ok(
        EvaluationView.of(evaluations.dispute(id, body.reason(), authentication.getName()), true));
  }

  /** QA decides a dispute: UPHELD keeps the score, REVISED scores the call again. */
  @Post("/evaluations/{id}/decide")
  @Secured("QA")
  EvaluationView decide(long id, @Body DecideRequest body, Authentication authentication) {
    String decision = body.decision() == null ? "" : body.decision().trim().toUpperCase();
    Evaluation decided =
        switch (decision) {
          case "UPHELD" -> evaluations.uphold(id, body.reason(), authentication.getName());
          case "REVISED" -> {
            if (body.answers() == null || body.answers().isEmpty()) {
              throw new IllegalArgumentException("REVISED needs the call's answers scored again");
            }
            yield evaluations.revise(id, body.answers(), body.reason(), authentication.getName());
          }
          default -> throw new IllegalArgumentException("decision must be UPHELD or REVISED");
        };
    return EvaluationView.of(decided, true);
  }

  private Evaluation find(long id) {
    return evaluations.find(id).orElseThrow(() -> new EvaluationNotFound("no evaluation " + id));
  }

  private static boolean mayReadAnswers(
      Evaluation e, List<Evaluation> ofCall, Authentication authentication) {
    return EvaluationAccess.mayReadAnswers(
        e, ofCall, authentication.getName(), authentication.getRoles());
  }

  private static boolean scoredBy(List<Evaluation> ofCall, String user) {
    return EvaluationAccess.scoredBy(ofCall, user);
  }

  private static boolean ownedBy(Evaluation e, Authentication authentication) {
    return EvaluationAccess.ownedBy(e, authentication.getName());
  }

  private static boolean isAuditor(Authentication authentication) {
    return EvaluationAccess.isAuditor(authentication.getRoles());
  }

  private static boolean isManager(Authentication authentication) {
    return EvaluationAccess.isManager(authentication.getRoles());
  }

  private static YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("month must look like 2026-11: '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Serdeable
  record EvaluateRequest(
      @Nullable String form,
      @Nullable Integer version,
      @Nullable List<Answer> answers,
      @Nullable String comment,
      @Nullable Boolean calibration) {}

  @Serdeable
  record ReasonRequest(@Nullable String reason) {}

  @Serdeable
  record DecideRequest(
      @Nullable String decision, @Nullable String reason, @Nullable List<Answer> answers) {}

  @Serdeable
  record FormView(
      String code, int version, FormDefinition definition, String createdAt, String createdBy) {
    static FormView of(EvaluationForm f) {
      return new FormView(
          f.code(), f.version(), f.definition(), Instants.format(f.createdAt()), f.createdBy());
    }
  }

  @Serdeable
  record StepView(
      String step, String actor, @Nullable String reason, @Nullable Double score, String at) {}

  /** An evaluation; {@code results} (the answers) only where the reader may see them. */
  @Serdeable
  record EvaluationView(
      long id,
      long callId,
      String agent,
      String campaign,
      String form,
      int formVersion,
      String evaluator,
      boolean calibration,
      double score,
      boolean failedCritical,
      boolean missedPhrases,
      boolean wrongAnswer,
      String status,
      @Nullable String comment,
      String evaluatedAt,
      @Nullable List<com.followup.sla.evaluation.QuestionResult> results,
      List<StepView> steps) {
    static EvaluationView of(Evaluation e, boolean withAnswers) {
      return new EvaluationView(
          e.id(),
          e.call().attemptId(),
          e.call().agent(),
          e.call().campaign(),
          e.formCode(),
          e.formVersion(),
          e.evaluator(),
          e.calibration(),
          e.sheet().score(),
          e.sheet().failedCritical(),
          e.sheet().missedPhrases(),
          e.sheet().wrongAnswer(),
          e.status().name(),
          withAnswers ? e.comment() : null,
          Instants.format(e.evaluatedAt()),
          withAnswers ? e.sheet().results() : null,
          e.steps().stream()
              .map(
                  s ->
                      new StepView(
                          s.step().name(),
                          s.actor(),
                          withAnswers ? s.reason() : null,
                          s.score(),
                          Instants.format(s.at())))
              .toList());
    }
  }

  @Serdeable
  record FiguresView(
      String month,
      String agent,
      long audited,
      double averageScore,
      long criticalFailures,
      long withoutStandardPhrases,
      long withWrongAnswer,
      @Nullable Double errorRate) {
    static FiguresView of(YearMonth month, AgentQaFigures f) {
      return new FiguresView(
          month.toString(),
          f.agent(),
          f.audited(),
          f.averageScore(),
          f.criticalFailures(),
          f.withoutStandardPhrases(),
          f.withWrongAnswer(),
          f.errorRate());
    }
  }
}
