package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/**
 * One key that answers a survey question.
 *
 * @param digit the key the customer presses, 1 to 9 (0 is kept for "speak to an agent")
 * @param answer the answer's code as reports count it ({@code SATISFIED}, {@code NOT_SATISFIED})
 * @param label how consoles and reports name the answer
 * @param speech words that give the same answer when spoken ({@code <Gather input="dtmf speech">}),
 *     none for keys only
 */
@Serdeable
public record SurveyKey(String digit, String answer, String label, @Nullable List<String> speech) {

  public SurveyKey {
    speech =
        speech == null
            ? List.of()
            : speech.stream()
                .filter(w -> w != null && !w.isBlank())
                .map(w -> w.trim().toLowerCase(Locale.ROOT))
                .toList();
    label = label == null || label.isBlank() ? answer : label.trim();
  }

  /** True when {@code heard} (speech as the provider transcribed it) names this answer. */
  public boolean heardIn(String heard) {
    String text = heard.toLowerCase(Locale.ROOT);
    return speech.stream().anyMatch(text::contains);
  }
}
