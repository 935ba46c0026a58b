package com.followup.admin.console.manager.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.SurveyKey;
import com.followup.campaign.timeline.SurveyQuestion;
import com.followup.campaign.timeline.TimelineProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline editor's survey fields: written from a stored survey and read back. */
class SurveyFormTest {

  static final Survey SURVEY =
      new Survey(
          List.of(
              new SurveyQuestion(
                  "satisfaction",
                  Map.of("en", "Satisfied? Press 1 or 2.", "zh", "满意请按1，不满意请按2。"),
                  List.of(
                      new SurveyKey("1", "SATISFIED", "Satisfied", List.of("yes", "满意")),
                      new SurveyKey("2", "NOT_SATISFIED", "Not satisfied", null)))),
          List.of("NOT_SATISFIED"),
          Map.of("en", "Hello.", "zh", "您好。"),
          Map.of("en", "Goodbye."),
          null);

  @Test
  void aStoredSurveyWrittenIntoTheFormReadsBackTheSame() {
    Map<String, String> form = new LinkedHashMap<>();
    SurveyForm.values(SURVEY, form);
    List<TimelineProblem> problems = new ArrayList<>();

    Survey read = SurveyForm.read(form, problems);

    assertThat(problems).isEmpty();
    assertThat(read).isEqualTo(SURVEY);
    assertThat(form)
        .containsEntry("survey-greeting-zh", "您好。")
        .containsEntry(
            "survey-questions-1-keys",
            "1 SATISFIED Satisfied | yes, 满意\n2 NOT_SATISFIED Not satisfied");
  }

  @Test
  void blankSurveyFieldsMeanNoSurvey() {
    Map<String, String> form = new LinkedHashMap<>();
    SurveyForm.values(null, form);

    assertThat(SurveyForm.read(form, new ArrayList<>())).isNull();
  }

  @Test
  void keyZeroInTheEditorIsRefusedNextToTheQuestionsKeys() {
    Map<String, String> form = new LinkedHashMap<>();
    SurveyForm.values(SURVEY, form);
    form.put("survey-questions-1-keys", "0 AGENT Agent\n1 SATISFIED Satisfied");
    List<TimelineProblem> problems = new ArrayList<>();

    assertThat(SurveyForm.read(form, problems)).isNull();
    assertThat(problems)
        .extracting(TimelineProblem::field, TimelineProblem::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "survey.questions.1.keys", "surveyKeyZeroReserved"));
    assertThat(SurveyForm.fieldNames()).contains(TimelineForm.name("survey.questions.1.keys"));
  }
}
