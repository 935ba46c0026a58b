package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * QA's evaluation of one call.
 *
 * @param calibration one of several evaluators' scores of the same call, to compare them; it does
 *     not count for the agent and the agent does not see it
 */
public record Evaluation(
    long id,
    CallFacts call,
    String formCode,
    int formVersion,
    String evaluator,
    boolean calibration,
    ScoreSheet sheet,
    @Nullable String comment,
    EvaluationStatus status,
    Instant evaluatedAt,
    List<EvaluationStep> steps) {

  /** The agent's dispute, if it disputed. */
  public @Nullable EvaluationStep disputedStep() {
    return steps.stream()
        .filter(s -> s.step() == EvaluationStatus.DISPUTED)
        .findFirst()
        .orElse(null);
  }
}
