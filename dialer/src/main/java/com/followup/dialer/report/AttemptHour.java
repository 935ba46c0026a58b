package com.followup.dialer.report;

import java.time.Instant;

/**
 * The dial attempts placed in one UTC hour for one campaign and agent (null: no agent took the
 * call), counted the way the reports define them.
 *
 * @param dials attempts placed (a call that could not be placed at all is no dial)
 * @param connects answered by a person (not by a machine)
 * @param machines answered by an answering machine
 * @param abandoned answered by a person with no agent in time
 * @param rightParty connects where the intended customer was reached (not WRONG_PERSON, not
 *     WRONG_NUMBER)
 * @param handled calls an agent talked on and wrapped up
 * @param talkSeconds talk time of the handled calls
 * @param wrapUpSeconds wrap-up time of the handled calls
 * @param completed calls whose outcome was COMPLETED
 * @param satisfied completed calls where the customer said they were satisfied
 */
public record AttemptHour(
    Instant hour,
    String campaign,
    String agent,
    long dials,
    long connects,
    long machines,
    long abandoned,
    long rightParty,
    long handled,
    long talkSeconds,
    long wrapUpSeconds,
    long completed,
    long satisfied) {}
