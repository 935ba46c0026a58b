package com.followup.dialer.survey;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.SurveyKey;
import com.followup.campaign.timeline.SurveyQuestion;
import com.followup.dialer.dialing.AgentHandOver;
import com.followup.dialer.dialing.CallSettlement;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.dialing.DialedCall;
import com.followup.dialer.dialing.DialedCalls;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.Conversations;
import com.followup.dialer.telephony.Turn;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A survey call's conversation: the greeting and the first question; each answer kept and the next
 * question asked; no input asks once more, then ends the call and the step is retried as NO_ANSWER;
 * the last answer completes the step (COMPLETED) and the closing plays; key 0 hands the customer
 * over to an agent. A low answer opens a PROBLEM ticket, once.
 */
@Singleton
class SurveyConversations implements Conversations {

  private final DialedCalls calls;
  private final CampaignTimelines timelines;
  private final SurveyAnswers answers;
  private final CallSettlement settlement;
  private final AgentHandOver handOver;
  private final CampaignDialingSettings dialing;
  private final LowAnswerTickets tickets;
  private final SurveySettings settings;
  private final Clock clock;

  SurveyConversations(
      DialedCalls calls,
      CampaignTimelines timelines,
      SurveyAnswers answers,
      CallSettlement settlement,
      AgentHandOver handOver,
      CampaignDialingSettings dialing,
      LowAnswerTickets tickets,
      SurveySettings settings,
      Clock clock) {
    this.settings = settings;
    this.calls = calls;
    this.timelines = timelines;
    this.answers = answers;
    this.settlement = settlement;
    this.handOver = handOver;
    this.dialing = dialing;
    this.tickets = tickets;
    this.clock = clock;
  }

  @Override
  public Optional<Turn> opening(AttemptId attempt) {
    Optional<CallToPlace> call =
        calls
            .find(attempt)
            .map(DialedCall::call)
            .filter(c -> c.channel() == StepChannel.VOICE_SURVEY);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    String language = call.get().language();
    Optional<Survey> survey = surveyOf(call.get());
    if (survey.isEmpty()) {
      settlement.settleQuietly(
          attempt, call.get().followUpId(), CallOutcome.FAILED, "survey: the campaign has none");
      return Optional.of(new Turn.Finish(language, ""));
    }
    SurveyQuestion first = survey.get().questions().get(0);
    String greeting = Survey.in(survey.get().greeting(), language);
    return Optional.of(ask(first, language, greeting + " " + prompt(first, language), false));
  }

  @Override
  public Turn heard(
      AttemptId attempt,
      String question,
      boolean repeated,
      @Nullable String digits,
      @Nullable String speech) {
    CallToPlace call = calls.find(attempt).map(DialedCall::call).orElse(null);
    Survey survey = call == null ? null : surveyOf(call).orElse(null);
    SurveyQuestion asked = survey == null ? null : survey.question(question).orElse(null);
    if (asked == null) {
      return new Turn.Finish(call == null ? "en" : call.language(), "");
    }
    String language = call.language();
    if (Survey.AGENT_KEY.equals(digits)) {
      handOver.requestAgent(attempt);
      return new Turn.ToAgent(dialing.of(call.campaign()).abandonMessage());
    }
    Optional<SurveyKey> key = asked.byDigits(digits).or(() -> asked.bySpeech(speech));
    if (key.isEmpty()) {
      if (!repeated) {
        return ask(asked, language, prompt(asked, language), true);
      }
      settlement.settleQuietly(
          attempt, call.followUpId(), CallOutcome.NO_ANSWER, "survey: no answer to " + question);
      return new Turn.Finish(language, "");
    }
    keep(attempt, call, survey, asked, key.get(), digits, speech);
    Optional<SurveyQuestion> next = survey.after(question);
    if (next.isPresent()) {
      return ask(next.get(), language, prompt(next.get(), language), false);
    }
    settlement.settleQuietly(
        attempt, call.followUpId(), CallOutcome.COMPLETED, "survey: all questions answered");
    return new Turn.Finish(language, Survey.in(survey.closing(), language));
  }

  private void keep(
      AttemptId attempt,
      CallToPlace call,
      Survey survey,
      SurveyQuestion asked,
      SurveyKey key,
      @Nullable String digits,
      @Nullable String speech) {
    boolean low = survey.isLow(key.answer());
    SurveyAnswer answer =
        new SurveyAnswer(
            attempt.value(),
            call.followUpId(),
            call.campaign(),
            asked.code(),
            key.answer(),
            asked.byDigits(digits).isPresent() ? digits : null,
            speech == null || speech.isBlank() ? null : speech.strip(),
            low,
            null,
            clock.instant());
    if (answers.keep(answer) && low) {
      tickets.open(call, asked, key, answer);
    }
  }

  private Optional<Survey> surveyOf(CallToPlace call) {
    return timelines
        .version(call.campaign(), call.campaignVersion())
        .or(() -> timelines.current(call.campaign()))
        .map(t -> t.survey());
  }

  private static String prompt(SurveyQuestion question, String language) {
    return Survey.in(question.prompt(), language);
  }

  private Turn.Ask ask(SurveyQuestion question, String language, String text, boolean repeated) {
    List<String> digits = new ArrayList<>();
    question.keys().forEach(k -> digits.add(k.digit()));
    digits.add(Survey.AGENT_KEY);
    return new Turn.Ask(
        language,
        text.strip(),
        question.code(),
        repeated,
        digits,
        question.speechHints(),
        settings.gatherTimeoutSeconds());
  }
}
