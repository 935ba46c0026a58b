package com.followup.sla.evaluation;

import java.time.Instant;

/** One version of an evaluation form; an evaluation keeps the version it was scored on. */
public record EvaluationForm(
    String code, int version, FormDefinition definition, Instant createdAt, String createdBy) {}
