package com.followup.campaign.forecast;

import com.followup.campaign.timeline.CallingRules;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Pending follow-ups that share a campaign step, a customer zone, an hour in which they become
 * callable, an hour of deadline and a number of attempts left: what the staffing forecast needs of
 * them, without a row each.
 *
 * @param campaign the campaign's code
 * @param step the step number
 * @param zone the customers' zone (null when the stored zone is unknown: no calling-hours limit)
 * @param callableFrom start of the hour of the next attempt (the forecast's first hour for rows
 *     already waiting in the dial queue)
 * @param deadline start of the hour in which the step's window closes
 * @param attemptsLeft dial attempts the step may still take (at least 1)
 * @param followUps how many follow-ups share all of this
 * @param rules the campaign version's calling rules
 * @param retryAfter the wait after an unanswered attempt
 */
public record CallableGroup(
    String campaign,
    int step,
    @Nullable ZoneId zone,
    Instant callableFrom,
    Instant deadline,
    int attemptsLeft,
    long followUps,
    CallingRules rules,
    Duration retryAfter) {

  public CallableGroup {
    if (attemptsLeft < 1 || followUps < 1) {
      throw new IllegalArgumentException("a group has follow-ups with attempts left");
    }
  }
}
