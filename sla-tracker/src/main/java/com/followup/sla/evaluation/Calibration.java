package com.followup.sla.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several evaluators' scores of one call side by side: per question, what each gave and the spread
 * (the highest points minus the lowest among those who found it applicable).
 */
@Serdeable
public record Calibration(long attemptId, List<Scorer> scorers, List<QuestionSpread> questions) {

  /** One evaluator's total. */
  @Serdeable
  public record Scorer(String evaluator, double score, boolean failedCritical, boolean counts) {}

  /** One question across evaluators. */
  @Serdeable
  public record QuestionSpread(
      String question, Map<String, QuestionResult> byEvaluator, @Nullable Double spread) {}

  public static Calibration of(long attemptId, List<Evaluation> evaluations) {
    List<Scorer> scorers = new ArrayList<>();
    Map<String, Map<String, QuestionResult>> byQuestion = new LinkedHashMap<>();
    for (Evaluation e : evaluations) {
      scorers.add(
          new Scorer(
              e.evaluator(), e.sheet().score(), e.sheet().failedCritical(), !e.calibration()));
      for (QuestionResult r : e.sheet().results()) {
        byQuestion.computeIfAbsent(r.question(), q -> new LinkedHashMap<>()).put(e.evaluator(), r);
      }
    }
    List<QuestionSpread> questions = new ArrayList<>();
    byQuestion.forEach(
        (question, results) -> {
          List<Double> points =
              results.values().stream().filter(r -> !r.na()).map(QuestionResult::obtained).toList();
          Double spread =
              points.isEmpty()
                  ? null
                  : points.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                      - points.stream().mapToDouble(Double::doubleValue).min().orElse(0);
          questions.add(new QuestionSpread(question, Collections.unmodifiableMap(results), spread));
        });
    return new Calibration(attemptId, List.copyOf(scorers), List.copyOf(questions));
  }
}
