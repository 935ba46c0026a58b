package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.stream.Collectors;

/** Answers that cannot be scored, with every problem found (a form shows each beside its field). */
public class ScoringRefused extends IllegalArgumentException {

  /** What is wrong with one answer. */
  public enum Kind {
    NOT_ANSWERED,
    COMMENT_REQUIRED,
    NA_NOT_ALLOWED,
    BAD_VALUE,
    UNKNOWN_QUESTION,
    ANSWERED_TWICE,
    COMMENT_TOO_LONG,
    NOTHING_APPLICABLE
  }

  /** One problem; {@code question} is null for one of the whole sheet. */
  public record Problem(@Nullable String question, Kind kind, String message) {}

  private final List<Problem> problems;

  public ScoringRefused(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
