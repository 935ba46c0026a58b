package com.followup.admin.console.agent;

import com.followup.admin.console.DepartmentChoices;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.AgentDayFigures;
import com.followup.dialer.dialing.EarlierCall;
import com.followup.dialer.dialing.WrapUp;
import com.followup.dialer.survey.SurveyAnswer;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the agent's call screen shows, read once per render: the agent's state, the held call
 * with its customer and record, the calling hours a callback must fall in, the contact's earlier
 * calls and the agent's own figures for today.
 *
 * @param departments the departments a problem can be handed to (stored ones, else configured)
 * @param previewEndsAt when a previewed call is dialed by itself if the agent neither dials nor
 *     skips it
 */
public record CallScreen(
    @Nullable Agent agent,
    @Nullable AgentCall held,
    @Nullable String dealerName,
    @Nullable LocalTime callingFrom,
    @Nullable LocalTime callingUntil,
    @Nullable Instant previewEndsAt,
    List<EarlierCall> history,
    AgentDayFigures today,
    Instant now,
    List<DepartmentChoices.Choice> departments,
    List<SurveyAnswer> surveyAnswers) {

  /** True for a survey call the customer asked (key 0) to be put through to an agent. */
  public boolean fromSurvey() {
    return held != null && held.call().channel() == StepChannel.VOICE_SURVEY;
  }

  public boolean hasCall() {
    return held != null;
  }

  public String stage() {
    return held == null ? "NONE" : held.stage();
  }

  public @Nullable CallToPlace call() {
    return held == null ? null : held.call();
  }

  public @Nullable WrapUp wrapUp() {
    return held == null ? null : held.wrapUp();
  }

  public long attemptId() {
    return held == null ? 0 : held.attemptId();
  }

  /** The customer's zone (the record's, else UTC so times are never silently local). */
  public ZoneId customerZone() {
    CallToPlace c = call();
    return c == null || c.timezone() == null ? ZoneId.of("UTC") : ZoneId.of(c.timezone());
  }

  /** The dealer's name, else its code. */
  public String dealerLabel() {
    CallToPlace c = call();
    return dealerName != null ? dealerName : c == null ? "" : c.dealerCode();
  }

  public boolean repair() {
    CallToPlace c = call();
    return c != null && "REPAIR".equalsIgnoreCase(c.recordType());
  }

  public boolean callback() {
    CallToPlace c = call();
    return c != null && "callback".equals(c.campaign());
  }

  /** The repair's replaced parts as the service station reported them, one per entry. */
  public List<String> parts() {
    CallToPlace c = call();
    if (c == null || c.parts() == null || c.parts().isBlank()) {
      return List.of();
    }
    return Arrays.stream(c.parts().split(";")).map(String::trim).filter(p -> !p.isEmpty()).toList();
  }

  /** When the call was bridged to the agent (the live call timer counts from it). */
  public @Nullable Instant connectedAt() {
    return agent == null ? null : agent.connectedAt();
  }

  /** The earliest time the callback picker offers: now, in the customer's zone, to the minute. */
  public String callbackMin() {
    return now.atZone(customerZone()).toLocalDateTime().withSecond(0).withNano(0).toString();
  }
}
