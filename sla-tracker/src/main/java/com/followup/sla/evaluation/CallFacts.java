package com.followup.sla.evaluation;

/** The call an evaluation scores: the attempt, the agent who talked on it, its campaign. */
public record CallFacts(long attemptId, String agent, String campaign) {}
