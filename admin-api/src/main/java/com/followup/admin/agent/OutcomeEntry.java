package com.followup.admin.agent;

import com.followup.dialer.agent.NoCallForAgent;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDesk;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Enters an agent's outcome of the connected call, and opens the problem ticket the agent raised on
 * it: the one path for the JSON API and the console.
 */
@Singleton
public class OutcomeEntry {

  private final AgentDesk desk;
  private final ProblemTickets problems;

  OutcomeEntry(AgentDesk desk, ProblemTickets problems) {
    this.desk = desk;
    this.problems = problems;
  }

  /**
   * @param attemptId the call the outcome was written for, when the caller knows it (the console's
   *     form does): a form sent twice, or after the agent got the next call, is refused (409)
   *     instead of being applied to another call
   */
  public OutcomeView enter(String agent, OutcomeRequest body, @Nullable Long attemptId) {
    var outcome = body.callOutcome();
    var notes = body.agentNotes();
    AgentCall call =
        desk.currentCall(agent).orElseThrow(() -> new NoCallForAgent("no call to enter"));
    if (attemptId != null && call.attemptId() != attemptId) {
      throw new NoCallForAgent("the outcome of that call is in already");
    }
    var result = desk.enterOutcome(agent, outcome, notes);
    Long ticketId =
        body.problem() == null ? null : problems.open(body.problem(), call.call(), agent);
    return new OutcomeView(result, ticketId);
  }
}
