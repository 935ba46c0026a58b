package com.followup.dialer.survey;

import io.micronaut.serde.annotation.Serdeable;

/** How many times {@code answer} was given to a campaign's {@code question}. */
@Serdeable
public record AnswerCount(String campaign, String question, String answer, long count) {}
