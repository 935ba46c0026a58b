package com.followup.dialer.figures;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What the dialer measured over a period: how many dials it placed, how many a person answered, and
 * the agents' handle time (talk plus wrap-up) on the calls they talked on.
 *
 * @param from the period's start
 * @param until the period's end
 * @param dials attempts placed
 * @param personAnswers attempts a person answered (answering-machine detection said PERSON)
 * @param handledCalls attempts an agent talked on
 * @param averageHandleSeconds (talk + wrap-up) per handled call; null without one
 */
public record CallMeasures(
    Instant from,
    Instant until,
    long dials,
    long personAnswers,
    long handledCalls,
    @Nullable Double averageHandleSeconds) {

  /** Person answers per dial; null before the first dial. */
  public @Nullable Double answerRate() {
    return dials == 0 ? null : (double) personAnswers / dials;
  }
}
