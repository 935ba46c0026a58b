package com.followup.admin.agent;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallbackFollowUps;
import com.followup.dialer.agent.NoCallForAgent;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDesk;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.TicketId;
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
  private final CallbackFollowUps callbacks;
  private final RecordTicketEvent events;
  private final RepairClaims claims;

  OutcomeEntry(
      AgentDesk desk,
      ProblemTickets problems,
      CallbackFollowUps callbacks,
      RecordTicketEvent events,
      RepairClaims claims) {
    this.desk = desk;
    this.claims = claims;
    this.problems = problems;
    this.callbacks = callbacks;
    this.events = events;
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
    // the claim's check first: an outcome sent again finds it recorded and opens no second ticket
    Long mismatchTicket =
        body.verification() == null ? null : claims.verify(call, body.verification(), agent);
    var result = desk.enterOutcome(agent, outcome, notes);
    Long ticketId =
        body.problem() == null ? null : problems.open(body.problem(), call.call(), agent);
    if (outcome == CallOutcome.COMPLETED && Boolean.FALSE.equals(notes.satisfied())) {
      reopenIfCallback(call.call().followUpId(), notes.notes(), agent);
    }
    return new OutcomeView(result, ticketId, mismatchTicket);
  }

  /**
   * The customer says the ticket called back for is not resolved: it goes back to the department.
   */
  private void reopenIfCallback(long followUpId, String notes, String agent) {
    callbacks
        .ticketOf(followUpId)
        .ifPresent(
            ticket ->
                events.record(
                    new TicketId(ticket), TicketEventType.REOPENED, null, reopening(notes), agent));
  }

  private static String reopening(String notes) {
    String text =
        notes == null || notes.isBlank()
            ? "the customer says it is not resolved"
            : "the customer says it is not resolved: " + notes;
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
