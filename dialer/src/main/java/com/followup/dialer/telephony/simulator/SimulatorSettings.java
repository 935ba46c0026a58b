package com.followup.dialer.telephony.simulator;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The telephony simulator ({@code followup.telephony.simulator.*}), the default telephony.
 *
 * @param humanAnswerRate share of calls a person answers
 * @param machineRate share of calls an answering machine answers
 * @param busyRate share of calls that find the line busy; the rest are not answered
 * @param ringSecondsMin shortest ring before an answer
 * @param ringSecondsMax longest ring before an answer
 * @param noAnswerSeconds how long an unanswered call rings before it gives up
 * @param holdSeconds how long a person waits for an agent before hanging up
 * @param messageSeconds how long a message (to a machine, or the abandon message) plays
 * @param seed seed of the random outcomes; unset for a different run every start
 * @param speed simulated seconds per real second (1 = real time; tests run faster)
 */
@ConfigurationProperties("followup.telephony.simulator")
public record SimulatorSettings(
    @Bindable(defaultValue = "0.3") double humanAnswerRate,
    @Bindable(defaultValue = "0.2") double machineRate,
    @Bindable(defaultValue = "0.05") double busyRate,
    @Bindable(defaultValue = "2") int ringSecondsMin,
    @Bindable(defaultValue = "20") int ringSecondsMax,
    @Bindable(defaultValue = "30") int noAnswerSeconds,
    @Bindable(defaultValue = "30") int holdSeconds,
    @Bindable(defaultValue = "15") int messageSeconds,
    @Nullable Long seed,
    @Bindable(defaultValue = "1") double speed) {

  public SimulatorSettings {
    if (humanAnswerRate < 0 || machineRate < 0 || busyRate < 0) {
      throw new IllegalArgumentException("simulator rates must not be negative");
    }
    if (humanAnswerRate + machineRate + busyRate > 1) {
      throw new IllegalArgumentException("human, machine and busy rates add up to more than 1");
    }
    if (ringSecondsMin < 0 || ringSecondsMax < ringSecondsMin) {
      throw new IllegalArgumentException("need 0 <= ring-seconds-min <= ring-seconds-max");
    }
    if (noAnswerSeconds <= 0 || holdSeconds <= 0 || messageSeconds <= 0 || speed <= 0) {
      throw new IllegalArgumentException("simulator durations and speed must be positive");
    }
  }
}
