package com.followup.sla.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A scored call: score = 100 × Σ(weight × group share) / Σ(weights of the groups with an applicable
 * question), a group's share being its points obtained over its applicable points; a shortfall on a
 * critical question scores 0.
 *
 * @param missedPhrases a question counting as STANDARD_PHRASES fell short
 * @param wrongAnswer a question counting as WRONG_ANSWER fell short
 */
@Serdeable
public record ScoreSheet(
    double score,
    boolean failedCritical,
    boolean missedPhrases,
    boolean wrongAnswer,
    List<QuestionResult> results) {}
