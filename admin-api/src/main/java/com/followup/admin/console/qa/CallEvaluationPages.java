package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.FieldMessages;
import com.followup.dialer.calls.CallDetail;
import com.followup.dialer.calls.CallLog;
import com.followup.dialer.calls.LoggedCall;
import com.followup.sla.evaluation.CallFacts;
import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationForm;
import com.followup.sla.evaluation.EvaluationForms;
import com.followup.sla.evaluation.EvaluationNotFound;
import com.followup.sla.evaluation.EvaluationRefused;
import com.followup.sla.evaluation.Evaluations;
import com.followup.sla.evaluation.ScoringRefused;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * QA scores a call from its page, beside the recording, and decides a disputed score: through the
 * same {@link Evaluations} as the API. A sheet that cannot be scored comes back (422) with each
 * problem beside its question.
 */
@Controller("/qa/calls/{id}/evaluations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("QA")
class CallEvaluationPages {

  private final ConsolePages pages;
  private final CallPages callPages;
  private final EvaluationPanel panel;
  private final CallLog calls;
  private final EvaluationForms forms;
  private final Evaluations evaluations;

  CallEvaluationPages(
      ConsolePages pages,
      CallPages callPages,
      EvaluationPanel panel,
      CallLog calls,
      EvaluationForms forms,
      Evaluations evaluations) {
    this.pages = pages;
    this.callPages = callPages;
    this.panel = panel;
    this.calls = calls;
    this.forms = forms;
    this.evaluations = evaluations;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> score(
      HttpRequest<?> request,
      long id,
      @Body Map<String, String> fields,
      Authentication authentication) {
    CallDetail call = find(id);
    String code = fields.getOrDefault("form", "");
    EvaluationForm form =
        forms.latest(code).orElseThrow(() -> new EvaluationNotFound("no evaluation form " + code));
    LoggedCall c = call.call();
    if (c.agent() == null) {
      throw new EvaluationRefused("call " + id + " reached no agent: there is nothing to score");
    }
    try {
      evaluations.evaluate(
          new CallFacts(c.id(), c.agent(), c.campaign()),
          form.code(),
          form.version(),
          ScoringForm.answers(form.definition(), fields),
          fields.get("comment"),
          fields.containsKey("calibration"),
          authentication.getName());
    } catch (ScoringRefused refused) {
      return again(
          request, call, authentication, code, fields, ScoringForm.errors(refused), "score");
    }
    return ConsoleRedirects.to(request, "/qa/calls/" + id + "?done=scored");
  }

  /** UPHELD keeps the disputed score; REVISED scores the call again from the form's answers. */
  @Post(
      uri = "/{evaluation}/decide",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> decide(
      HttpRequest<?> request,
      long id,
      long evaluation,
      @Body Map<String, String> fields,
      Authentication authentication) {
    CallDetail call = find(id);
    Evaluation disputed =
        evaluations
            .find(evaluation)
            .filter(e -> e.call().attemptId() == id)
            .orElseThrow(
                () -> new EvaluationNotFound("no evaluation " + evaluation + " of call " + id));
    String decision = fields.getOrDefault("decision", "");
    String reason = fields.getOrDefault("reason", "").trim();
    FieldMessages errors = new FieldMessages();
    if (!decision.equals("UPHELD") && !decision.equals("REVISED")) {
      errors.add("decision", "qa.eval.error.decision");
    }
    if (reason.isEmpty()) {
      errors.add("reason", "qa.eval.error.reason");
    } else if (reason.length() > 2000) {
      errors.add("reason", "qa.eval.error.COMMENT_TOO_LONG");
    }
    if (!errors.isEmpty()) {
      return again(request, call, authentication, null, fields, errors, "decide");
    }
    try {
      if (decision.equals("UPHELD")) {
        evaluations.uphold(evaluation, reason, authentication.getName());
      } else {
        EvaluationForm form =
            forms.version(disputed.formCode(), disputed.formVersion()).orElseThrow();
        evaluations.revise(
            evaluation,
            ScoringForm.answers(form.definition(), fields),
            reason,
            authentication.getName());
      }
    } catch (ScoringRefused refused) {
      return again(
          request, call, authentication, null, fields, ScoringForm.errors(refused), "decide");
    }
    return ConsoleRedirects.to(request, "/qa/calls/" + id + "?done=decided");
  }

  private MutableHttpResponse<String> again(
      HttpRequest<?> request,
      CallDetail call,
      Authentication authentication,
      String form,
      Map<String, String> fields,
      FieldMessages errors,
      String fragment) {
    Map<String, Object> model = callPages.model(call);
    panel.fill(
        model,
        call,
        authentication.getName(),
        authentication.getRoles(),
        form,
        ScoringForm.values(fields),
        errors);
    return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "qa/call :: " + fragment, model);
  }

  private CallDetail find(long id) {
    return calls.find(id).orElseThrow(() -> new EvaluationNotFound("no call " + id));
  }
}
