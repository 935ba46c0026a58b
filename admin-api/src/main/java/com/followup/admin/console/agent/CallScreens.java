package com.followup.admin.console.agent;

import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.DepartmentChoices;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDay;
import com.followup.dialer.dialing.AgentDesk;
import com.followup.dialer.dialing.ContactHistory;
import com.followup.dialer.survey.SurveyAnswers;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Reads a {@link CallScreen} for an agent through the same use cases as the agent API. */
@Singleton
class CallScreens {

  private final AgentDesk desk;
  private final ContactHistory history;
  private final AgentDay days;
  private final CampaignTimelines campaigns;
  private final DealerDirectory dealers;
  private final ConsoleSettings settings;
  private final DepartmentChoices departments;
  private final Clock clock;
  private final SurveyAnswers answers;

  CallScreens(
      AgentDesk desk,
      ContactHistory history,
      AgentDay days,
      CampaignTimelines campaigns,
      DealerDirectory dealers,
      ConsoleSettings settings,
      DepartmentChoices departments,
      SurveyAnswers answers,
      Clock clock) {
    this.answers = answers;
    this.desk = desk;
    this.history = history;
    this.days = days;
    this.campaigns = campaigns;
    this.dealers = dealers;
    this.settings = settings;
    this.departments = departments;
    this.clock = clock;
  }

  CallScreen of(String username, ZoneId agentZone) {
    Agent agent = desk.agent(username).orElse(null);
    AgentCall held = desk.currentCall(username).orElse(null);
    CallToPlace call = held == null ? null : held.call();
    CallingRules rules =
        call == null
            ? null
            : campaigns
                .version(call.campaign(), call.campaignVersion())
                .map(t -> t.callingRules())
                .orElse(null);
    String dealerName =
        call == null ? null : dealers.find(call.dealerCode()).map(Dealer::name).orElse(null);
    Instant previewEndsAt =
        held != null && "PREVIEW".equals(held.stage()) && agent != null
            ? agent.stateSince().plus(settings.previewTime())
            : null;
    return new CallScreen(
        agent,
        held,
        dealerName,
        rules == null ? null : rules.callingFrom(),
        rules == null ? null : rules.callingUntil(),
        previewEndsAt,
        held == null ? List.of() : history.ofCurrentCall(username).orElse(List.of()),
        days.today(username, agentZone),
        clock.instant(),
        departments.forTickets(),
        held == null ? List.of() : answers.ofAttempt(held.attemptId()));
  }
}
