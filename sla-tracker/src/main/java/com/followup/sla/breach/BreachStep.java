package com.followup.sla.breach;

import java.time.Instant;

/**
 * One step of a breach's audit, kept for good.
 *
 * @param outcome the breach's status after the step
 */
public record BreachStep(
    StepKind step, BreachStatus outcome, String reason, String actor, Instant takenAt) {}
