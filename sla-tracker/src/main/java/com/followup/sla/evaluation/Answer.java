package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An evaluator's answer to one question.
 *
 * @param value YES or NO; a choice's code; the scale's number; the number of faults
 * @param na true when the question does not apply to this call (then {@code value} is ignored)
 * @param comment why points were lost; required whenever they were
 */
@Serdeable
public record Answer(
    String question, @Nullable String value, boolean na, @Nullable String comment) {}
