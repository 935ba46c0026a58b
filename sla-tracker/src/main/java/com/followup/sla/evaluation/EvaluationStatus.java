package com.followup.sla.evaluation;

/** Where an evaluation stands between QA, the agent and QA's decision. */
public enum EvaluationStatus {
  /** Scored; the agent has not answered yet. */
  SUBMITTED,
  /** The agent accepted it. */
  ACKNOWLEDGED,
  /** The agent contested it (once) with a reason; QA decides. */
  DISPUTED,
  /** QA kept the score after the dispute. */
  UPHELD,
  /** QA scored the call again after the dispute. */
  REVISED
}
