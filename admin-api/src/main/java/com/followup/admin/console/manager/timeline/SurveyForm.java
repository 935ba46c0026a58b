package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.InvalidTimeline;
import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.SurveyKey;
import com.followup.campaign.timeline.SurveyQuestion;
import com.followup.campaign.timeline.TimelineProblem;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The survey part of the timeline editor: greeting, closing and machine message in both languages,
 * the low answers, and up to {@link #MAX_QUESTIONS} questions, each with its code, its prompt in
 * both languages and its keys, one a line: {@code 1 SATISFIED Satisfied | yes, 满意} (digit, answer
 * code, label, then optional speech words). All fields blank: no survey.
 */
final class SurveyForm {

  static final int MAX_QUESTIONS = 5;

  /** Present when the editor showed the survey fields. */
  static final String MARKER = "survey-greeting-en";

  private SurveyForm() {}

  static void values(@Nullable Survey survey, Map<String, String> v) {
    texts(v, "survey-greeting", survey == null ? Map.of() : survey.greeting());
    texts(v, "survey-closing", survey == null ? Map.of() : survey.closing());
    texts(
        v,
        "survey-machineMessage",
        survey == null || survey.machineMessage() == null ? Map.of() : survey.machineMessage());
    v.put("survey-lowAnswers", survey == null ? "" : String.join(", ", survey.lowAnswers()));
    List<SurveyQuestion> questions = survey == null ? List.of() : survey.questions();
    for (int n = 1; n <= MAX_QUESTIONS; n++) {
      SurveyQuestion q = n <= questions.size() ? questions.get(n - 1) : null;
      String at = "survey-questions-" + n;
      v.put(at + "-code", q == null ? "" : q.code());
      texts(v, at + "-prompt", q == null ? Map.of() : q.prompt());
      v.put(at + "-keys", q == null ? "" : keys(q.keys()));
    }
  }

  /** The survey the form describes, null when it is blank; its problems go to {@code problems}. */
  static @Nullable Survey read(Map<String, String> form, List<TimelineProblem> problems) {
    boolean any =
        form.entrySet().stream()
            .anyMatch(e -> e.getKey().startsWith("survey-") && !e.getValue().isBlank());
    if (!any) {
      return null;
    }
    List<SurveyQuestion> questions = new ArrayList<>();
    for (int n = 1; n <= MAX_QUESTIONS; n++) {
      String at = "survey-questions-" + n;
      String code = text(form, at + "-code");
      Map<String, String> prompt = texts(form, at + "-prompt");
      String keys = text(form, at + "-keys");
      if (code.isEmpty() && prompt.isEmpty() && keys.isEmpty()) {
        continue;
      }
      questions.add(new SurveyQuestion(code, prompt, keys(keys)));
    }
    Map<String, String> machine = texts(form, "survey-machineMessage");
    try {
      return new Survey(
          questions,
          Arrays.stream(text(form, "survey-lowAnswers").split("[\\s,;，；]+"))
              .filter(s -> !s.isEmpty())
              .toList(),
          texts(form, "survey-greeting"),
          texts(form, "survey-closing"),
          machine.isEmpty() ? null : machine);
    } catch (InvalidTimeline refused) {
      problems.addAll(refused.problems());
      return null;
    }
  }

  /** The names problems are shown next to (a text's languages share one). */
  static List<String> fieldNames() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "survey-greeting",
                "survey-closing",
                "survey-machineMessage",
                "survey-lowAnswers",
                "survey-questions"));
    for (int n = 1; n <= MAX_QUESTIONS; n++) {
      for (String part : List.of("code", "prompt", "keys")) {
        names.add("survey-questions-" + n + "-" + part);
      }
    }
    return names;
  }

  private static List<SurveyKey> keys(String lines) {
    List<SurveyKey> keys = new ArrayList<>();
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] halves = line.split("\\|", 2);
      String[] words = halves[0].strip().split("\\s+", 3);
      List<String> speech =
          halves.length < 2
              ? List.of()
              : Arrays.stream(halves[1].split("[,，]")).map(String::strip).toList();
      keys.add(
          new SurveyKey(
              words[0],
              words.length > 1 ? words[1] : "",
              words.length > 2 ? words[2] : null,
              speech));
    }
    return keys;
  }

  private static String keys(List<SurveyKey> keys) {
    return keys.stream()
        .map(
            k ->
                k.digit()
                    + " "
                    + k.answer()
                    + " "
                    + k.label()
                    + (k.speech().isEmpty() ? "" : " | " + String.join(", ", k.speech())))
        .collect(Collectors.joining("\n"));
  }

  private static void texts(Map<String, String> v, String at, Map<String, String> texts) {
    for (String language : Survey.LANGUAGES) {
      v.put(at + "-" + language, texts.getOrDefault(language, ""));
    }
  }

  private static Map<String, String> texts(Map<String, String> form, String at) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : Survey.LANGUAGES) {
      String text = text(form, at + "-" + language);
      if (!text.isEmpty()) {
        texts.put(language, text);
      }
    }
    return texts;
  }

  private static String text(Map<String, String> form, String name) {
    return form.getOrDefault(name, "").strip();
  }
}
