package com.followup.admin.forecast;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the staffing forecast sizes the floor ({@code followup.forecast.*}).
 *
 * @param answerWithin a connected customer must have an agent within this time (the dialer's
 *     abandonment rule: 2 s)
 * @param serviceLevel the share of connected calls that must get an agent within {@link
 *     #answerWithin} (0.97: at most 3 % abandoned, the usual cap)
 * @param measureOver the period before now over which the answer rate and handle time are measured
 * @param defaultAnswerRate the person-answer rate used while the period holds no dial
 * @param defaultHandleTime the handle time used while the period holds no handled call
 */
@ConfigurationProperties("followup.forecast")
public record ForecastSettings(
    @Bindable(defaultValue = "2s") Duration answerWithin,
    @Bindable(defaultValue = "0.97") double serviceLevel,
    @Bindable(defaultValue = "30d") Duration measureOver,
    @Bindable(defaultValue = "0.3") double defaultAnswerRate,
    @Bindable(defaultValue = "180s") Duration defaultHandleTime) {

  public ForecastSettings {
    if (!(serviceLevel > 0 && serviceLevel < 1)) {
      throw new IllegalArgumentException("followup.forecast.service-level must be in (0, 1)");
    }
    if (!(defaultAnswerRate > 0 && defaultAnswerRate <= 1)) {
      throw new IllegalArgumentException("followup.forecast.default-answer-rate must be in (0, 1]");
    }
  }
}
