package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How one question was scored.
 *
 * @param obtained the points it got; 0 for a question marked N/A
 * @param possible the points it could get; 0 for a question marked N/A
 * @param shortfall true when it got less than its points (a comment says why)
 */
@Serdeable
public record QuestionResult(
    String question,
    String group,
    @Nullable String value,
    boolean na,
    double obtained,
    double possible,
    boolean shortfall,
    @Nullable String comment) {}
