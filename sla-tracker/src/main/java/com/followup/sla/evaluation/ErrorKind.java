package com.followup.sla.evaluation;

/**
 * What a question's shortfall counts as in the error rate = (calls without the standard phrases +
 * calls with a wrong answer) / audited calls.
 */
public enum ErrorKind {
  STANDARD_PHRASES,
  WRONG_ANSWER
}
