package com.followup.admin.survey;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.survey.SurveyProblems;
import com.followup.dialer.survey.SurveySettings;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
import jakarta.inject.Singleton;

/**
 * A low survey answer becomes a PROBLEM ticket in the SLA tracker, as an agent's problem hand-over
 * does: for the call's customer and dealer, on the follow-up, for the survey's department.
 */
@Singleton
class SurveyTickets implements SurveyProblems {

  static final String OPENED_BY = "survey";

  private final OpenTicket open;
  private final SurveySettings settings;

  SurveyTickets(OpenTicket open, SurveySettings settings) {
    this.open = open;
    this.settings = settings;
  }

  @Override
  public long open(CallToPlace call, String summary) {
    return open.open(
            new NewTicket(
                TicketType.PROBLEM,
                call.phone(),
                call.dealerCode(),
                settings.problemDepartment(),
                summary,
                null,
                OPENED_BY,
                call.followUpId()))
        .id()
        .value();
  }
}
