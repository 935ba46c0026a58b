package com.followup.admin.agent;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.OutcomeResult;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.NoCallForAgent;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDesk;
import com.followup.dialer.dialing.AgentNotes;
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
  private final ProblemTickets problems;

  AgentController(AgentDesk desk, ProblemTickets problems) {
    this.desk = desk;
    this.problems = problems;
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
        .map(c -> HttpResponse.ok(CallView.of(c)))
        .orElseGet(HttpResponse::noContent);
  }

  @Post("/call/dial")
  CallView dial(Authentication authentication) {
    AgentCall call = desk.dial(authentication.getName());
    return CallView.of(call);
  }

  @Post("/call/outcome")
  OutcomeView outcome(@Body OutcomeRequest body, Authentication authentication) {
    CallOutcome outcome = body.callOutcome();
    AgentNotes notes = body.agentNotes();
    String agent = authentication.getName();
    AgentCall call =
        desk.currentCall(agent).orElseThrow(() -> new NoCallForAgent("no call to enter"));
    OutcomeResult result = desk.enterOutcome(agent, outcome, notes);
    Long ticketId =
        body.problem() == null ? null : problems.open(body.problem(), call.call(), agent);
    return new OutcomeView(result, ticketId);
  }

  @Serdeable
  record OutcomeView(OutcomeResult result, Long problemTicketId) {}
}
