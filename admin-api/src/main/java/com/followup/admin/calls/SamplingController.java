package com.followup.admin.calls;

import com.followup.dialer.calls.CallLog;
import com.followup.dialer.calls.LoggedCall;
import com.followup.sla.evaluation.EvaluationNotFound;
import com.followup.sla.evaluation.EvaluationRefused;
import com.followup.sla.evaluation.QaQueue;
import com.followup.sla.evaluation.SamplingRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.List;

/**
 * QA's queue of calls to evaluate: each campaign's sampling rule (calls per agent and week, the
 * share from calls with a problem, the seed), a run of the rule for a week, the queue itself, and
 * any call QA picks by hand.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class SamplingController {

  private final QaQueue queue;
  private final QaSampling sampling;
  private final CallLog calls;

  SamplingController(QaQueue queue, QaSampling sampling, CallLog calls) {
    this.queue = queue;
    this.sampling = sampling;
    this.calls = calls;
  }

  @Put("/qa-sampling/{campaign}")
  SamplingRule saveRule(String campaign, @Body RuleRequest body, Authentication authentication) {
    if (body.perAgentPerWeek() == null) {
      throw new IllegalArgumentException("perAgentPerWeek is required");
    }
    return queue.saveRule(
        new SamplingRule(
            campaign,
            body.perAgentPerWeek(),
            body.problemShare() == null ? 0 : body.problemShare(),
            body.seed() == null ? campaign.hashCode() : body.seed()),
        authentication.getName());
  }

  @Get("/qa-sampling")
  List<SamplingRule> rules() {
    return queue.rules();
  }

  /** Runs a campaign's rule for a week (this week by default); returns the calls queued now. */
  @Post("/qa-sampling/{campaign}/run")
  List<PickView> run(
      String campaign, @Nullable @QueryValue String week, Authentication authentication) {
    SamplingRule rule =
        queue
            .rule(campaign)
            .orElseThrow(
                () -> new EvaluationNotFound("campaign " + campaign + " has no sampling rule"));
    String chosen = week == null || week.isBlank() ? sampling.thisWeek() : week.trim();
    QaSampling.monday(chosen);
    return sampling.run(rule, chosen, authentication.getName()).stream()
        .map(p -> new PickView(p.call().attemptId(), p.call().agent(), p.reason()))
        .toList();
  }

  @Get("/qa-queue")
  List<QaQueue.Queued> waiting(
      @Nullable @QueryValue String campaign, @Nullable @QueryValue Integer limit) {
    return queue.waiting(
        campaign == null || campaign.isBlank() ? null : campaign.trim(),
        limit == null ? 200 : limit);
  }

  /** QA puts any call it chooses in the queue. */
  @Post("/qa-queue")
  @Secured("QA")
  HttpResponse<PickView> pick(@Body PickRequest body, Authentication authentication) {
    if (body.callId() == null) {
      throw new IllegalArgumentException("callId is required");
    }
    LoggedCall call =
        calls
            .find(body.callId())
            .orElseThrow(() -> new EvaluationNotFound("no call " + body.callId()))
            .call();
    if (call.agent() == null) {
      throw new EvaluationRefused(
          "call " + call.id() + " reached no agent: there is nothing to score");
    }
    if (!queue.add(
        call.id(),
        call.campaign(),
        call.agent(),
        sampling.weekOf(call.placedAt()),
        "PICKED",
        authentication.getName())) {
      throw new EvaluationRefused("call " + call.id() + " is queued already");
    }
    return HttpResponse.created(new PickView(call.id(), call.agent(), "PICKED"));
  }

  @Serdeable
  record RuleRequest(
      @Nullable Integer perAgentPerWeek, @Nullable Double problemShare, @Nullable Long seed) {}

  @Serdeable
  record PickRequest(@Nullable Long callId) {}

  @Serdeable
  record PickView(long callId, String agent, String reason) {}
}
