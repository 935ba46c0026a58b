package com.followup.admin.console.qa;

import com.followup.sla.evaluation.Calibration;
import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.QuestionResult;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibration table of a call scored by several evaluators: per question its text, each
 * evaluator's answer and points (in the order they scored) and the spread, the highest points minus
 * the lowest ({@link Calibration}); and the spread of the total scores.
 */
public record CalibrationView(
    List<Calibration.Scorer> scorers, List<Row> rows, double totalSpread) {

  /** One question across the evaluators; a cell is null where an evaluator's form had no such. */
  public record Row(
      String code, String text, List<QuestionResult> cells, @Nullable Double spread) {}

  /** The table of {@code evaluations} (two or more of one call), or null for fewer. */
  static @Nullable CalibrationView of(
      long attemptId, List<Evaluation> evaluations, QuestionTexts texts) {
    if (evaluations.size() < 2) {
      return null;
    }
    Calibration c = Calibration.of(attemptId, evaluations);
    List<Row> rows = new ArrayList<>();
    for (Calibration.QuestionSpread q : c.questions()) {
      Evaluation first =
          evaluations.stream()
              .filter(e -> q.byEvaluator().containsKey(e.evaluator()))
              .findFirst()
              .orElseThrow();
      List<QuestionResult> cells = new ArrayList<>();
      for (Calibration.Scorer s : c.scorers()) {
        cells.add(q.byEvaluator().get(s.evaluator()));
      }
      rows.add(
          new Row(
              q.question(),
              texts.question(first, q.question()),
              java.util.Collections.unmodifiableList(cells),
              q.spread()));
    }
    double max = c.scorers().stream().mapToDouble(Calibration.Scorer::score).max().orElse(0);
    double min = c.scorers().stream().mapToDouble(Calibration.Scorer::score).min().orElse(0);
    return new CalibrationView(c.scorers(), List.copyOf(rows), max - min);
  }
}
