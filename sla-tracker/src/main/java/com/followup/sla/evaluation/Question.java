package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One question of an evaluation form.
 *
 * @param points what a perfect answer is worth
 * @param deduction YES_NO: the points a "no" loses (all of them when null); FAULTS: the points each
 *     fault loses
 * @param allowNa whether the evaluator may mark it not applicable (it then counts for nothing)
 * @param critical whether a shortfall fails the whole call (score 0)
 * @param counts which error of the error rate a shortfall counts as, if any
 */
@Serdeable
public record Question(
    String code,
    String text,
    QuestionType type,
    double points,
    @Nullable Double deduction,
    @Nullable List<Choice> choices,
    @Nullable Integer scaleMin,
    @Nullable Integer scaleMax,
    boolean allowNa,
    boolean critical,
    @Nullable ErrorKind counts) {

  public List<Choice> choiceList() {
    return choices == null ? List.of() : choices;
  }
}
