package com.followup.admin.console.manager.reports;

import com.followup.admin.reports.DashboardReport;
import com.followup.admin.reports.ReportScope;
import com.followup.dialer.messaging.TextMessages;
import com.followup.dialer.survey.AnswerCount;
import com.followup.dialer.survey.SurveyAnswers;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dashboard's figures of agentless steps for its period: texts sent and delivered per campaign,
 * and the survey's answers per campaign and question with their share. Recorded per campaign only,
 * so a dealer's or an agent's dashboard has none.
 */
@Singleton
class AutomatedFigures {

  private final TextMessages texts;
  private final SurveyAnswers answers;

  AutomatedFigures(TextMessages texts, SurveyAnswers answers) {
    this.texts = texts;
    this.answers = answers;
  }

  /** {@code texts} and {@code survey} rows for the model, figures keyed as the report's are. */
  void putInto(Map<String, Object> model, DashboardReport report) {
    ReportScope scope = report.scope();
    if (scope.kind() != ReportScope.Kind.CENTRE && scope.kind() != ReportScope.Kind.CAMPAIGN) {
      model.put("textRows", List.of());
      model.put("surveyRows", List.of());
      return;
    }
    Predicate<String> shown = campaign -> scope.isCentre() || campaign.equals(scope.key());
    Instant from = report.firstDay().atStartOfDay(report.zone()).toInstant();
    Instant to = report.lastDay().plusDays(1).atStartOfDay(report.zone()).toInstant();
    List<Map<String, Object>> textRows = new ArrayList<>();
    for (TextMessages.CampaignTexts t : texts.byCampaign(from, to)) {
      if (shown.test(t.campaign())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("campaign", t.campaign());
        row.put("sent", t.sent());
        row.put("delivered", t.delivered());
        row.put("undelivered", t.undelivered());
        row.put("deliveryRate", t.deliveryRate());
        row.put("segments", t.segments());
        textRows.add(row);
      }
    }
    List<AnswerCount> counts =
        answers.counts(from, to).stream().filter(c -> shown.test(c.campaign())).toList();
    List<Map<String, Object>> surveyRows = new ArrayList<>();
    for (AnswerCount c : counts) {
      long answered =
          counts.stream()
              .filter(o -> o.campaign().equals(c.campaign()) && o.question().equals(c.question()))
              .mapToLong(AnswerCount::count)
              .sum();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("campaign", c.campaign());
      row.put("question", c.question());
      row.put("answer", c.answer());
      row.put("count", c.count());
      row.put("share", answered == 0 ? null : (double) c.count() / answered);
      surveyRows.add(row);
    }
    model.put("textRows", textRows);
    model.put("surveyRows", surveyRows);
  }
}
