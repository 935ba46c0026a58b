package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a survey call.
 *
 * @param code the question's code, as answers and reports name it ({@code satisfaction})
 * @param prompt what the call says, per language code ({@code en}, {@code zh})
 * @param keys the keys that answer it
 */
@Serdeable
public record SurveyQuestion(String code, Map<String, String> prompt, List<SurveyKey> keys) {

  public SurveyQuestion {
    prompt = Survey.texts(prompt);
    keys = keys == null ? List.of() : keys.stream().filter(Objects::nonNull).toList();
  }

  /** The key's answer, for the digits the customer pressed. */
  public Optional<SurveyKey> byDigits(@Nullable String digits) {
    return keys.stream().filter(k -> k.digit().equals(digits)).findFirst();
  }

  /** The answer whose words the customer said. */
  public Optional<SurveyKey> bySpeech(@Nullable String speech) {
    if (speech == null || speech.isBlank()) {
      return Optional.empty();
    }
    return keys.stream().filter(k -> k.heardIn(speech)).findFirst();
  }

  /** The words a speech recognizer should listen for. */
  public List<String> speechHints() {
    return keys.stream().flatMap(k -> k.speech().stream()).distinct().toList();
  }
}
