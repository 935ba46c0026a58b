package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One step of an evaluation's life, kept for good.
 *
 * @param step SUBMITTED, ACKNOWLEDGED, DISPUTED, UPHELD or REVISED
 * @param score the score the step left (the first score, or the revised one)
 */
public record EvaluationStep(
    EvaluationStatus step,
    String actor,
    @Nullable String reason,
    @Nullable Double score,
    Instant at) {}
