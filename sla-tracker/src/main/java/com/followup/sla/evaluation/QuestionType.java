package com.followup.sla.evaluation;

/** How a question is answered and what its answer is worth. */
public enum QuestionType {
  /** Yes gets the question's points; no loses {@code deduction} of them (all, when unset). */
  YES_NO,
  /** One of the question's choices, each worth its own points. */
  CHOICE,
  /** A number from {@code scaleMin} to {@code scaleMax}, worth its share of the points. */
  SCALE,
  /** A count of faults, each deducting {@code deduction} points down to 0. */
  FAULTS
}
