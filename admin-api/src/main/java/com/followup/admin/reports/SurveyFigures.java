package com.followup.admin.reports;

import com.followup.dialer.survey.AnswerCount;
import com.followup.dialer.survey.SurveyAnswers;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's survey answers in a report: per question, how many answered and the distribution of
 * the answers ({@code survey: [{"question", "answered", "answers": [{"answer", "count",
 * "share"}]}]}).
 */
@Singleton
class SurveyFigures {

  private final SurveyAnswers answers;

  SurveyFigures(SurveyAnswers answers) {
    this.answers = answers;
  }

  /** The answer counts of [from, to), all campaigns. */
  List<AnswerCount> counts(Instant from, Instant to) {
    return answers.counts(from, to);
  }

  /** Adds {@code survey} to a campaign's figures when its calls were answered in the period. */
  static void putInto(Map<String, Object> figures, String campaign, List<AnswerCount> counts) {
    Map<String, List<AnswerCount>> byQuestion = new TreeMap<>();
    counts.stream()
        .filter(c -> c.campaign().equals(campaign))
        .forEach(c -> byQuestion.computeIfAbsent(c.question(), q -> new ArrayList<>()).add(c));
    if (byQuestion.isEmpty()) {
      return;
    }
    List<Map<String, Object>> survey = new ArrayList<>();
    byQuestion.forEach(
        (question, given) -> {
          long answered = given.stream().mapToLong(AnswerCount::count).sum();
          List<Map<String, Object>> distribution = new ArrayList<>();
          for (AnswerCount c : given) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("answer", c.answer());
            a.put("count", c.count());
            a.put("share", Math.round(10000.0 * c.count() / answered) / 10000.0);
            distribution.add(a);
          }
          Map<String, Object> q = new LinkedHashMap<>();
          q.put("question", question);
          q.put("answered", answered);
          q.put("answers", distribution);
          survey.add(q);
        });
    figures.put("survey", survey);
  }
}
