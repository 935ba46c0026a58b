package com.followup.admin.forecast;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One hour of the forecast.
 *
 * @param start the hour's first instant (UTC)
 * @param due dial attempts expected to fall due in the hour: follow-ups whose next attempt comes in
 *     it, and the expected retries of earlier unanswered ones (rounded)
 * @param connects of those, the calls a person is expected to answer
 * @param agentsNeeded agents that take the hour's connects within the service target (Erlang C)
 * @param missedWithRoster steps whose window would close in this hour unreached with today's roster
 */
@Serdeable
public record ForecastHour(
    Instant start, long due, double connects, int agentsNeeded, long missedWithRoster) {}
