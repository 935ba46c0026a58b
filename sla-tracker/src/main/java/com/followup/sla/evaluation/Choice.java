package com.followup.sla.evaluation;

import io.micronaut.serde.annotation.Serdeable;

/** One answer of a {@link QuestionType#CHOICE} question and the points it is worth. */
@Serdeable
public record Choice(String code, String label, double points) {}
