package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.TimelineProblem;
import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A draft's problems in the viewer's language, by the form field they go next to; a problem of a
 * field the form has no input for (the steps as a whole) goes under {@link #GENERAL}.
 */
@Singleton
class ProblemTexts {

  static final String GENERAL = "general";

  private final MessageSource messages;

  ProblemTexts(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, String> byField(List<TimelineProblem> problems, Set<String> fields, Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (TimelineProblem problem : problems) {
      String name = TimelineForm.name(problem.field());
      String key = fields.contains(name) ? name : GENERAL;
      texts.merge(key, text(problem, locale), (a, b) -> a + " " + b);
    }
    return texts;
  }

  String text(TimelineProblem problem, Locale locale) {
    return messages
        .getMessage("mc.problem." + problem.code(), locale, problem.args().toArray())
        .orElse(problem.message());
  }

  String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, locale, args).orElse(key);
  }
}
