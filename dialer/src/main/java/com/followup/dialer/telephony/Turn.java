package com.followup.dialer.telephony;

import java.util.List;
import java.util.Objects;

/** One step of an automated call's {@link Conversations conversation}. */
public sealed interface Turn {

  /**
   * Says {@code text}, then waits for a key (or words) answering {@code question}.
   *
   * @param language the language code of the text ({@code en}, {@code zh})
   * @param repeated true when the question is asked again after no input
   * @param digits the keys that answer (the agent's key 0 included)
   * @param speechHints words to listen for; empty for keys only
   * @param timeoutSeconds how long to wait for the answer
   */
  record Ask(
      String language,
      String text,
      String question,
      boolean repeated,
      List<String> digits,
      List<String> speechHints,
      int timeoutSeconds)
      implements Turn {

    public Ask {
      Objects.requireNonNull(question, "question");
      digits = List.copyOf(digits);
      speechHints = List.copyOf(speechHints);
    }
  }

  /** Says {@code text} (if not blank) and hangs up. */
  record Finish(String language, String text) implements Turn {}

  /**
   * The customer asked for an agent: the call waits on hold while an agent is sought; it is then
   * bridged or abandoned through the {@link Telephony} port as any call is.
   */
  record ToAgent(String abandonMessage) implements Turn {}
}
