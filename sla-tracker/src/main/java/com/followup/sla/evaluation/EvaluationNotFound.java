package com.followup.sla.evaluation;

/** No evaluation, or no form, of that id or code. */
public class EvaluationNotFound extends RuntimeException {

  public EvaluationNotFound(String message) {
    super(message);
  }
}
