package com.followup.sla.evaluation;

/** A step the evaluation's state does not allow (disputed twice, decided twice, scored twice). */
public class EvaluationRefused extends RuntimeException {

  public EvaluationRefused(String message) {
    super(message);
  }
}
