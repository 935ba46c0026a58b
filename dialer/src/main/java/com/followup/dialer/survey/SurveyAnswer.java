package com.followup.dialer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One answer a customer gave on a survey call.
 *
 * @param question the survey question's code
 * @param answer the answer's code ({@code SATISFIED}, {@code NOT_SATISFIED})
 * @param digits the key pressed, if any
 * @param speech the words heard, if the customer spoke
 * @param low true when the answer opens a PROBLEM ticket
 * @param ticketId the ticket it opened
 */
@Serdeable
public record SurveyAnswer(
    long attemptId,
    long followUpId,
    String campaign,
    String question,
    String answer,
    @Nullable String digits,
    @Nullable String speech,
    boolean low,
    @Nullable Long ticketId,
    Instant answeredAt) {}
