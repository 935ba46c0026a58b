package com.followup.dialer.dialing;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What the agent adds to an outcome.
 *
 * @param satisfied the customer's answer to the satisfaction question, if asked
 * @param notes free text, at most 2000 characters
 * @param callbackAt the time the customer gave for the next call (WRONG_PERSON, CALL_BACK)
 */
public record AgentNotes(
    @Nullable Boolean satisfied, @Nullable String notes, @Nullable Instant callbackAt) {

  public AgentNotes {
    if (notes != null && notes.length() > 2000) {
      throw new IllegalArgumentException("notes are longer than 2000 characters");
    }
  }

  static AgentNotes of(String notes) {
    return new AgentNotes(null, notes, null);
  }
}
