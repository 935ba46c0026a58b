package com.followup.campaign.timeline;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a timeline: the field it concerns, a stable code a console can translate,
 * the values the message names, and the message in English (as the API answers it).
 *
 * @param field the field's path in the timeline's JSON, steps counted by their number: {@code
 *     steps.2.opensAfterDays}, {@code callingRules.holidays}, {@code
 *     callingRules.retryAfterMinutes.BUSY}
 * @param code what is wrong, e.g. {@code stepsOverlap}
 * @param args the values the message names, in order
 */
@Serdeable
public record TimelineProblem(String field, String code, List<String> args, String message) {

  public TimelineProblem {
    args = List.copyOf(args);
  }

  static TimelineProblem of(String field, String code, String message, Object... args) {
    return new TimelineProblem(
        field, code, Arrays.stream(args).map(String::valueOf).toList(), message);
  }
}
