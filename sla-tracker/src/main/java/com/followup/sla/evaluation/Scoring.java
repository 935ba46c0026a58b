package com.followup.sla.evaluation;

import com.followup.sla.evaluation.ScoringRefused.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a call's answers on a form. Every question must be answered, or marked N/A where the form
 * allows it; an answer that loses points needs a comment; an unknown question or value is refused
 * with its reason.
 */
public final class Scoring {

  private static final double EPSILON = 1e-9;

  private Scoring() {}

  /**
   * @throws ScoringRefused naming every answer that cannot be scored
   */
  public static ScoreSheet score(FormDefinition form, List<Answer> answers) {
    List<ScoringRefused.Problem> problems = new ArrayList<>();
    Map<String, Answer> byQuestion = new HashMap<>();
    for (Answer a : answers == null ? List.<Answer>of() : answers) {
      if (a == null || a.question() == null) {
        problems.add(problem(null, Kind.UNKNOWN_QUESTION, "every answer names its question"));
      } else if (byQuestion.put(a.question(), a) != null) {
        problems.add(
            problem(
                a.question(),
                Kind.ANSWERED_TWICE,
                "question " + a.question() + " is answered twice"));
      }
    }
    List<QuestionResult> results = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    boolean failedCritical = false;
    boolean missedPhrases = false;
    boolean wrongAnswer = false;
    for (QuestionGroup group : form.groups()) {
      double obtained = 0;
      double possible = 0;
      for (Question q : group.questions()) {
        Answer a = byQuestion.remove(q.code());
        QuestionResult r;
        try {
          r = result(group, q, a);
        } catch (Refused e) {
          problems.add(problem(q.code(), e.kind, e.getMessage()));
          continue;
        }
        results.add(r);
        obtained += r.obtained();
        possible += r.possible();
        if (r.shortfall()) {
          failedCritical |= q.critical();
          missedPhrases |= q.counts() == ErrorKind.STANDARD_PHRASES;
          wrongAnswer |= q.counts() == ErrorKind.WRONG_ANSWER;
        }
      }
      if (possible > 0) {
        weighted += group.weight() * obtained / possible;
        weights += group.weight();
      }
    }
    for (String unknown : byQuestion.keySet()) {
      problems.add(problem(unknown, Kind.UNKNOWN_QUESTION, "the form has no question " + unknown));
    }
    if (problems.isEmpty() && weights == 0) {
      problems.add(
          problem(
              null, Kind.NOTHING_APPLICABLE, "every question is N/A: there is nothing to score"));
    }
    if (!problems.isEmpty()) {
      throw new ScoringRefused(problems);
    }
    double score = failedCritical ? 0 : round(100 * weighted / weights);
    return new ScoreSheet(score, failedCritical, missedPhrases, wrongAnswer, List.copyOf(results));
  }

  private static QuestionResult result(QuestionGroup group, Question q, Answer a) {
    String at = "question " + q.code();
    if (a == null) {
      throw new Refused(Kind.NOT_ANSWERED, at + " is not answered");
    }
    String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().trim();
    if (comment != null && comment.length() > 2000) {
      throw new Refused(Kind.COMMENT_TOO_LONG, at + ": the comment is longer than 2000 characters");
    }
    if (a.na()) {
      if (!q.allowNa()) {
        throw new Refused(Kind.NA_NOT_ALLOWED, at + " may not be marked N/A");
      }
      return new QuestionResult(q.code(), group.code(), null, true, 0, 0, false, comment);
    }
    String value = a.value() == null ? "" : a.value().trim();
    double obtained = obtained(q, value, at);
    boolean shortfall = obtained < q.points() - EPSILON;
    if (shortfall && comment == null) {
      throw new Refused(
          Kind.COMMENT_REQUIRED, at + ": a comment is required when points are deducted");
    }
    return new QuestionResult(
        q.code(), group.code(), value, false, round(obtained), q.points(), shortfall, comment);
  }

  private static double obtained(Question q, String value, String at) {
    return switch (q.type()) {
      case YES_NO -> {
        if (value.equalsIgnoreCase("YES")) {
          yield q.points();
        }
        if (!value.equalsIgnoreCase("NO")) {
          throw new Refused(Kind.BAD_VALUE, at + " is answered YES or NO: '" + value + "'");
        }
        yield q.deduction() == null ? 0 : Math.max(0, q.points() - q.deduction());
      }
      case CHOICE ->
          q.choiceList().stream()
              .filter(c -> c.code().equals(value))
              .findFirst()
              .orElseThrow(() -> new Refused(Kind.BAD_VALUE, at + " has no choice '" + value + "'"))
              .points();
      case SCALE -> {
        int n = number(value, at);
        if (n < q.scaleMin() || n > q.scaleMax()) {
          throw new Refused(
              Kind.BAD_VALUE,
              at + " is answered " + q.scaleMin() + " to " + q.scaleMax() + ": " + n);
        }
        yield q.points() * (n - q.scaleMin()) / (q.scaleMax() - q.scaleMin());
      }
      case FAULTS -> {
        int faults = number(value, at);
        if (faults < 0 || faults > 100) {
          throw new Refused(Kind.BAD_VALUE, at + ": faults are counted 0 to 100: " + faults);
        }
        yield Math.max(0, q.points() - faults * q.deduction());
      }
    };
  }

  private static int number(String value, String at) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new Refused(Kind.BAD_VALUE, at + " is answered with a whole number: '" + value + "'");
    }
  }

  private static ScoringRefused.Problem problem(String question, Kind kind, String message) {
    return new ScoringRefused.Problem(question, kind, message);
  }

  /** One answer's problem, on its way to the list. */
  private static final class Refused extends RuntimeException {
    private final Kind kind;

    Refused(Kind kind, String message) {
      super(message, null, false, false);
      this.kind = kind;
    }
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
