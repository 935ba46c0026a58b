package com.followup.dialer.telephony;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * What an automated call says and asks once a person answers it (a survey), told to the telephony
 * one {@link Turn} at a time: the Twilio adapter turns each into TwiML ({@code <Gather>}), the
 * simulator answers it from its seeded script. A call without a conversation waits for an agent.
 */
public interface Conversations {

  /** The first turn of an answered call; empty when the call is for an agent. */
  Optional<Turn> opening(AttemptId attempt);

  /**
   * The customer answered {@code question} with {@code digits} or {@code speech} (both null: no
   * input before the timeout); returns what the call does next. Hearing the same answer to the same
   * question again (a replayed webhook) stores nothing twice.
   */
  Turn heard(
      AttemptId attempt,
      String question,
      boolean repeated,
      @Nullable String digits,
      @Nullable String speech);
}
