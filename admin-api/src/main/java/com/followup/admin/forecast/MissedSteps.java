package com.followup.admin.forecast;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Steps of one campaign whose windows would close unreached in one hour with today's roster.
 *
 * @param hour the hour their windows close (its start)
 * @param campaign the campaign's code
 * @param step the step number
 * @param steps how many (expected; rounded)
 */
@Serdeable
public record MissedSteps(Instant hour, String campaign, int step, long steps) {}
