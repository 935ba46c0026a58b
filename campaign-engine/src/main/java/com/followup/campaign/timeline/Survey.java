package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The survey a campaign's automated calls ({@code VOICE_SURVEY} steps) play: a greeting, the
 * questions one after the other, a closing. Texts are per language code ({@code en}, {@code zh}); a
 * call in a language the survey lacks uses the other one. Key 0 is never an answer: it puts the
 * customer through to an agent.
 *
 * @param lowAnswers answer codes that open a PROBLEM ticket ({@code NOT_SATISFIED})
 * @param machineMessage what an answering machine is told, per language; null to hang up
 */
@Serdeable
public record Survey(
    List<SurveyQuestion> questions,
    @Nullable List<String> lowAnswers,
    Map<String, String> greeting,
    Map<String, String> closing,
    @Nullable Map<String, String> machineMessage) {

  /** The key that asks for an agent. */
  public static final String AGENT_KEY = "0";

  public static final List<String> LANGUAGES = List.of("en", "zh");
  private static final Pattern QUESTION = Pattern.compile("[a-z0-9_-]{1,32}");
  private static final Pattern ANSWER = Pattern.compile("[A-Z0-9_]{1,32}");
  private static final Pattern DIGIT = Pattern.compile("[1-9]");
  private static final int MAX_TEXT = 500;

  public Survey {
    boolean emptyQuestion = questions != null && questions.stream().anyMatch(Objects::isNull);
    questions =
        questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
    lowAnswers =
        lowAnswers == null ? List.of() : lowAnswers.stream().filter(Objects::nonNull).toList();
    greeting = texts(greeting);
    closing = texts(closing);
    machineMessage = machineMessage == null ? null : texts(machineMessage);
    List<TimelineProblem> problems = new ArrayList<>();
    texts("survey.greeting", greeting, true, problems);
    texts("survey.closing", closing, true, problems);
    if (machineMessage != null) {
      texts("survey.machineMessage", machineMessage, false, problems);
    }
    checkQuestions(questions, emptyQuestion, problems);
    Set<String> answers = new HashSet<>();
    questions.forEach(q -> q.keys().forEach(k -> answers.add(k.answer())));
    for (String low : lowAnswers) {
      if (!answers.contains(low)) {
        problems.add(
            TimelineProblem.of(
                "survey.lowAnswers",
                "surveyLowAnswerUnknown",
                "low answer " + low + " is not the answer of any key",
                low));
      }
    }
    InvalidTimeline.throwIfAny(problems);
  }

  /** True when {@code answer} opens a PROBLEM ticket. */
  public boolean isLow(String answer) {
    return lowAnswers.contains(answer);
  }

  public Optional<SurveyQuestion> question(String code) {
    return questions.stream().filter(q -> q.code().equals(code)).findFirst();
  }

  /** The question after {@code code}; empty after the last one. */
  public Optional<SurveyQuestion> after(String code) {
    for (int i = 0; i < questions.size() - 1; i++) {
      if (questions.get(i).code().equals(code)) {
        return Optional.of(questions.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The text in {@code language}, else in the other language the survey has. */
  public static String in(Map<String, String> texts, String language) {
    String text = texts.get(language);
    if (text != null) {
      return text;
    }
    return LANGUAGES.stream().map(texts::get).filter(Objects::nonNull).findFirst().orElse("");
  }

  /** A copy of a per-language text map; a null text is kept as blank, so the check names it. */
  static Map<String, String> texts(@Nullable Map<String, String> texts) {
    Map<String, String> copy = new java.util.TreeMap<>();
    if (texts != null) {
      texts.forEach((k, v) -> copy.put(String.valueOf(k), v == null ? "" : v));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static void checkQuestions(
      List<SurveyQuestion> questions, boolean emptyQuestion, List<TimelineProblem> out) {
    if (questions.isEmpty() || questions.size() > 10 || emptyQuestion) {
      out.add(
          TimelineProblem.of(
              "survey.questions", "surveyQuestions", "a survey asks 1 to 10 questions"));
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      SurveyQuestion q = questions.get(i);
      String at = "survey.questions." + (i + 1);
      if (q.code() == null || !QUESTION.matcher(q.code()).matches()) {
        out.add(
            TimelineProblem.of(
                at + ".code",
                "surveyQuestionCode",
                "question " + (i + 1) + ": code must be 1 to 32 of a-z, 0-9, '_' and '-'",
                i + 1));
      } else if (!codes.add(q.code())) {
        out.add(
            TimelineProblem.of(
                at + ".code",
                "surveyQuestionTwice",
                "question code " + q.code() + " is used twice",
                q.code()));
      }
      texts(at + ".prompt", q.prompt(), true, out);
      checkKeys(at, i + 1, q.keys(), out);
    }
  }

  private static void checkKeys(
      String at, int number, List<SurveyKey> keys, List<TimelineProblem> out) {
    if (keys.isEmpty()) {
      out.add(
          TimelineProblem.of(
              at + ".keys",
              "surveyKeysRequired",
              "question " + number + " needs at least one key",
              number));
      return;
    }
    Set<String> digits = new HashSet<>();
    for (SurveyKey key : keys) {
      if (AGENT_KEY.equals(key.digit())) {
        out.add(
            TimelineProblem.of(
                at + ".keys",
                "surveyKeyZeroReserved",
                "question " + number + ": key 0 is kept for speaking to an agent",
                number));
      } else if (key.digit() == null || !DIGIT.matcher(key.digit()).matches()) {
        out.add(
            TimelineProblem.of(
                at + ".keys",
                "surveyKeyDigit",
                "question " + number + ": a key is one digit from 1 to 9",
                number));
      } else if (!digits.add(key.digit())) {
        out.add(
            TimelineProblem.of(
                at + ".keys",
                "surveyKeyTwice",
                "question " + number + ": key " + key.digit() + " answers it twice",
                number,
                key.digit()));
      }
      if (key.answer() == null || !ANSWER.matcher(key.answer()).matches()) {
        out.add(
            TimelineProblem.of(
                at + ".keys",
                "surveyAnswerCode",
                "question " + number + ": an answer code is 1 to 32 of A-Z, 0-9 and '_'",
                number));
      }
    }
  }

  private static void texts(
      String field, Map<String, String> texts, boolean required, List<TimelineProblem> out) {
    boolean unknownLanguage = !LANGUAGES.containsAll(texts.keySet());
    boolean blank = texts.values().stream().anyMatch(t -> t == null || t.isBlank());
    boolean tooLong = texts.values().stream().anyMatch(t -> t != null && t.length() > MAX_TEXT);
    if ((required && texts.isEmpty()) || unknownLanguage || blank || tooLong) {
      out.add(
          TimelineProblem.of(
              field,
              "surveyText",
              field + " needs a text of 1 to " + MAX_TEXT + " characters in en and/or zh",
              field,
              MAX_TEXT));
    }
  }
}
