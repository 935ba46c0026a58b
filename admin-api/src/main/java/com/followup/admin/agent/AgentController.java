package com.followup.admin.agent;

import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDesk;
import com.followup.dialer.survey.SurveyAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/** The calling agent's own state, call and outcomes. */
@Controller("/api/agent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"AGENT", "MANAGER"})
class AgentController {

  /**
   * @param reason for PAUSED: BREAK, MEAL, TRAINING, MEETING or COACHING; optional
   */
  @Serdeable
  record StateRequest(String state, @Nullable String reason) {}

  private final AgentDesk desk;
  private final OutcomeEntry outcomes;
  private final SurveyAnswers answers;

  AgentController(AgentDesk desk, OutcomeEntry outcomes, SurveyAnswers answers) {
    this.answers = answers;
    this.desk = desk;
    this.outcomes = outcomes;
  }

  @Put("/state")
  StateView state(@Body StateRequest body, Authentication authentication) {
    AgentState requested = AgentState.requested(body.state());
    PauseReason reason = PauseReason.parse(body.reason());
    return view(desk.changeState(authentication.getName(), requested, reason));
  }

  @Get("/state")
  HttpResponse<StateView> currentState(Authentication authentication) {
    return desk.agent(authentication.getName())
        .map(a -> HttpResponse.ok(view(a)))
        .orElseGet(HttpResponse::noContent);
  }

  /** One primary-key read: poll it, and read the state and call again when it moved. */
  @Get("/state/version")
  ChangeVersion version(Authentication authentication) {
    String agent = authentication.getName();
    return new ChangeVersion(agent, desk.changeVersion(agent));
  }

  @Serdeable
  record ChangeVersion(String username, long changeVersion) {}

  private StateView view(Agent agent) {
    return StateView.of(agent, desk.wrapUp(agent).orElse(null));
  }

  @Get("/call")
  HttpResponse<CallView> call(Authentication authentication) {
    return desk.currentCall(authentication.getName())
        .map(c -> HttpResponse.ok(CallView.of(c, answers.ofAttempt(c.attemptId()))))
        .orElseGet(HttpResponse::noContent);
  }

  @Post("/call/dial")
  CallView dial(Authentication authentication) {
    AgentCall call = desk.dial(authentication.getName());
    return CallView.of(call, answers.ofAttempt(call.attemptId()));
  }

  @Post("/call/outcome")
  OutcomeView outcome(@Body OutcomeRequest body, Authentication authentication) {
    return outcomes.enter(authentication.getName(), body, null);
  }
}
