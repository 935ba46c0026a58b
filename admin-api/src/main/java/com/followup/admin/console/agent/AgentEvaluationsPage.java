package com.followup.admin.console.agent;

import com.followup.admin.calls.EvaluationAccess;
import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.FieldMessages;
import com.followup.admin.console.qa.QuestionTexts;
import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationForms;
import com.followup.sla.evaluation.EvaluationNotFound;
import com.followup.sla.evaluation.Evaluations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;

/**
 * The agent's own call evaluations: the score, each answer and comment, and the agent's answer to
 * it — acknowledge it, or dispute it once with a reason for QA to decide.
 */
@Controller("/agent/evaluations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("AGENT")
class AgentEvaluationsPage {

  private final ConsolePages pages;
  private final Evaluations evaluations;
  private final EvaluationForms forms;

  AgentEvaluationsPage(ConsolePages pages, Evaluations evaluations, EvaluationForms forms) {
    this.pages = pages;
    this.evaluations = evaluations;
    this.forms = forms;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> list(
      HttpRequest<?> request, @Nullable @QueryValue String done, Authentication authentication) {
    return pages.render(request, "agent/evaluations", model(authentication, done, null, null));
  }

  @Post(
      uri = "/{id}/acknowledge",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> acknowledge(
      HttpRequest<?> request, long id, Authentication authentication) {
    if (!own(id, authentication)) {
      return forbidden(request);
    }
    evaluations.acknowledge(id, authentication.getName());
    return ConsoleRedirects.to(request, "/agent/evaluations?done=acknowledged");
  }

  @Post(
      uri = "/{id}/dispute",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> dispute(
      HttpRequest<?> request,
      long id,
      @Body Map<String, String> fields,
      Authentication authentication) {
    if (!own(id, authentication)) {
      return forbidden(request);
    }
    String reason = fields.getOrDefault("reason", "").trim();
    FieldMessages errors = new FieldMessages();
    if (reason.isEmpty()) {
      errors.add("reason-" + id, "agent.eval.error.reason");
    } else if (reason.length() > 2000) {
      errors.add("reason-" + id, "qa.eval.error.COMMENT_TOO_LONG");
    }
    if (!errors.isEmpty()) {
      return pages.render(
          request,
          HttpStatus.UNPROCESSABLE_ENTITY,
          "agent/evaluations :: evaluation",
          model(authentication, null, evaluations.find(id).orElseThrow(), errors));
    }
    evaluations.dispute(id, reason, authentication.getName());
    return ConsoleRedirects.to(request, "/agent/evaluations?done=disputed");
  }

  private Map<String, Object> model(
      Authentication authentication, String done, Evaluation one, FieldMessages errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("evaluations", evaluations.list(authentication.getName(), null, null, 100));
    model.put("texts", new QuestionTexts(forms));
    model.put("done", done == null ? "" : done);
    model.put("e", one);
    model.put("errors", errors == null ? new FieldMessages() : errors);
    return model;
  }

  /** Another agent's evaluation, or a calibration one, is not this agent's to answer. */
  private boolean own(long id, Authentication authentication) {
    Evaluation e =
        evaluations.find(id).orElseThrow(() -> new EvaluationNotFound("no evaluation " + id));
    return EvaluationAccess.ownedBy(e, authentication.getName());
  }

  private MutableHttpResponse<String> forbidden(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "message", "error.403"));
  }
}
