package com.followup.sla.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A group of questions (greeting, attitude, handling, accuracy …) and its weight in the score. */
@Serdeable
public record QuestionGroup(String code, String name, double weight, List<Question> questions) {}
