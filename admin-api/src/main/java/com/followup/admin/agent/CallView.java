package com.followup.admin.agent;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.NextStep;
import com.followup.dialer.dialing.AgentCall;
import com.followup.dialer.dialing.WrapUp;
import com.followup.dialer.survey.SurveyAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The agent's screen for one call: customer, record, step, script hints, and once the call has
 * ended the running wrap-up (when it runs out and what happens then).
 */
@Serdeable
record CallView(
    long followUpId,
    long attemptId,
    String stage,
    String campaign,
    int step,
    int attempt,
    Instant deadline,
    Customer customer,
    Record record,
    ScriptHints scriptHints,
    @Nullable WrapUp wrapUp,
    String channel,
    List<SurveyAnswerView> surveyAnswers) {

  /** An answer the customer gave on the survey call that was put through to the agent. */
  @Serdeable
  record SurveyAnswerView(String question, String answer) {}

  @Serdeable
  record Customer(String name, String phone, String timezone) {}

  @Serdeable
  record Record(
      String dealerCode,
      String recordId,
      String recordType,
      Instant eventTime,
      @Nullable String product,
      @Nullable String serialNumber,
      @Nullable String parts) {}

  /**
   * What to say. {@code nextStep} is when the centre will call again; {@code nextFollowUp} says it
   * in the customer's local dates.
   */
  @Serdeable
  record ScriptHints(@Nullable NextStep nextStep, String nextFollowUp) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** The call, with the survey answers given on it before the customer pressed 0. */
  static CallView of(AgentCall held, List<SurveyAnswer> answers) {
    CallToPlace c = held.call();
    return new CallView(
        c.followUpId(),
        held.attemptId(),
        held.stage(),
        c.campaign(),
        c.step(),
        c.attempt(),
        c.deadline(),
        new Customer(c.customerName(), c.phone(), c.timezone()),
        new Record(
            c.dealerCode(),
            c.recordId(),
            c.recordType(),
            c.eventTime(),
            c.product(),
            c.serialNumber(),
            c.parts()),
        new ScriptHints(c.nextStep(), nextFollowUp(c)),
        held.wrapUp(),
        c.channel().name(),
        answers.stream().map(a -> new SurveyAnswerView(a.question(), a.answer())).toList());
  }

  private static String nextFollowUp(CallToPlace c) {
    NextStep next = c.nextStep();
    if (next == null) {
      return "This is the last follow-up of this " + c.campaign() + ".";
    }
    ZoneId zone = c.timezone() == null ? ZoneOffset.UTC : ZoneId.of(c.timezone());
    return "We will call you again between "
        + DAY.format(next.windowStart().atZone(zone))
        + " and "
        + DAY.format(next.deadline().atZone(zone))
        + ".";
  }
}
