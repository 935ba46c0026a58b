package com.followup.dialer.figures;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The dialer's floor at one moment, for a wallboard.
 *
 * @param at the moment
 * @param agents every logged-in agent with the state and since when
 * @param ringing calls placed and not answered yet
 * @param connected calls answered and not ended
 * @param dialsLastMinute attempts placed in the minute before {@code at}
 * @param dialsToday attempts placed since the day began
 * @param personAnswersToday of those, answered by a person
 * @param machineAnswersToday of those, answered by a machine
 * @param abandonedToday of those, abandoned (a person answered, no agent in time)
 */
public record FloorNow(
    Instant at,
    List<AgentNow> agents,
    long ringing,
    long connected,
    long dialsLastMinute,
    long dialsToday,
    long personAnswersToday,
    long machineAnswersToday,
    long abandonedToday) {

  public FloorNow {
    agents = List.copyOf(agents);
  }

  /** An agent on the floor: state, since when, why paused, and the call's campaign. */
  public record AgentNow(
      String username,
      String state,
      Instant since,
      @Nullable String pauseReason,
      @Nullable String campaign) {}

  /** Person answers per dial today; null before the first dial. */
  public @Nullable Double answerRateToday() {
    return dialsToday == 0 ? null : (double) personAnswersToday / dialsToday;
  }

  /** Machine answers among all answers today; null before the first answer. */
  public @Nullable Double machineShareToday() {
    long answers = personAnswersToday + machineAnswersToday;
    return answers == 0 ? null : (double) machineAnswersToday / answers;
  }

  /** Abandoned per person answer today (machine answers excluded); null before the first. */
  public @Nullable Double abandonmentRateToday() {
    return personAnswersToday == 0 ? null : (double) abandonedToday / personAnswersToday;
  }
}
