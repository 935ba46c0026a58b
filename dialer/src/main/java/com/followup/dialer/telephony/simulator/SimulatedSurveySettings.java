package com.followup.dialer.telephony.simulator;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * How the simulator's customers answer survey calls ({@code
 * followup.telephony.simulator.survey.*}).
 *
 * @param answers scripted customers, one {@code NUMBER=KEYS} each: KEYS are what the customer does
 *     at each question asked, in order, separated by spaces: a digit, {@code -} for no input, or
 *     the single word {@code machine} for an answering machine ({@code +8613800000001=1 2}, {@code
 *     +15550100=- -}); other numbers answer from the seeded random source
 * @param noInputRate share of questions a random customer lets pass without a key
 * @param agentRate share of questions a random customer answers with 0 (an agent)
 * @param answerSeconds how long a customer takes to answer a question
 */
@ConfigurationProperties("followup.telephony.simulator.survey")
public record SimulatedSurveySettings(
    @Nullable List<String> answers,
    @Bindable(defaultValue = "0.1") double noInputRate,
    @Bindable(defaultValue = "0.05") double agentRate,
    @Bindable(defaultValue = "4") int answerSeconds) {

  public SimulatedSurveySettings {
    answers = answers == null ? List.of() : List.copyOf(answers);
    if (noInputRate < 0 || agentRate < 0 || noInputRate + agentRate > 1) {
      throw new IllegalArgumentException("survey no-input and agent rates must be 0 to 1 together");
    }
    if (answerSeconds <= 0) {
      throw new IllegalArgumentException("survey answer-seconds must be positive");
    }
  }
}
