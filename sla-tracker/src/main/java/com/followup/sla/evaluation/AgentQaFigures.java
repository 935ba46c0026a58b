package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;

/**
 * One agent's audited calls over a period: the seeds' error rate = (calls without the standard
 * phrases + calls with a wrong answer) / audited calls.
 */
public record AgentQaFigures(
    String agent,
    long audited,
    double averageScore,
    long criticalFailures,
    long withoutStandardPhrases,
    long withWrongAnswer) {

  public @Nullable Double errorRate() {
    return audited == 0 ? null : (double) (withoutStandardPhrases + withWrongAnswer) / audited;
  }
}
