package com.followup.sla.breach;

/** A step of a breach's audit. */
public enum StepKind {
  REVIEW,
  APPEAL,
  APPEAL_DECISION
}
