package com.followup.sla.evaluation;

/**
 * A call that may be sampled: answered, and an agent talked on it.
 *
 * @param problem the customer was not satisfied, or a problem ticket was raised on the call
 */
public record SampledCall(long attemptId, String agent, boolean problem) {}
