package com.followup.campaign.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's survey is checked when it is made, with the timeline's problem codes. */
class SurveyTest {

  static SurveyQuestion question(String code, SurveyKey... keys) {
    return new SurveyQuestion(code, Map.of("en", "Press 1 or 2."), List.of(keys));
  }

  static Survey survey(List<SurveyQuestion> questions, List<String> low) {
    return new Survey(questions, low, Map.of("en", "Hi."), Map.of("zh", "再见。"), null);
  }

  static final SurveyKey YES = new SurveyKey("1", "SATISFIED", "Satisfied", List.of("Yes"));
  static final SurveyKey NO = new SurveyKey("2", "NOT_SATISFIED", null, null);

  private static List<String> codes(Runnable make) {
    try {
      make.run();
      return List.of();
    } catch (InvalidTimeline refused) {
      return refused.problems().stream().map(TimelineProblem::code).toList();
    }
  }

  @Test
  void keyZeroIsKeptForAnAgentAndNeverAnAnswer() {
    assertThat(
            codes(
                () ->
                    survey(
                        List.of(question("q", new SurveyKey("0", "AGENT", "Agent", null))),
                        List.of())))
        .containsExactly("surveyKeyZeroReserved");
  }

  @Test
  void everyProblemOfASurveyIsNamedAtOnce() {
    assertThat(
            codes(
                () ->
                    new Survey(
                        List.of(question("Bad Code", YES, YES), question("q2")),
                        List.of("UNHEARD"),
                        Map.of("fr", "Salut"),
                        Map.of(),
                        null)))
        .containsExactlyInAnyOrder(
            "surveyText",
            "surveyText",
            "surveyQuestionCode",
            "surveyKeyTwice",
            "surveyKeysRequired",
            "surveyLowAnswerUnknown");
  }

  @Test
  void aSpokenAnswerIsMatchedByItsWordsAndATextFallsBackToTheOtherLanguage() {
    Survey s = survey(List.of(question("q", YES, NO)), List.of("NOT_SATISFIED"));

    assertThat(s.question("q").orElseThrow().bySpeech("yes please")).contains(YES);
    assertThat(s.question("q").orElseThrow().byDigits("2")).contains(NO);
    assertThat(s.question("q").orElseThrow().byDigits("3")).isEmpty();
    assertThat(s.isLow("NOT_SATISFIED")).isTrue();
    assertThat(NO.label()).isEqualTo("NOT_SATISFIED");
    assertThat(Survey.in(s.closing(), "en")).isEqualTo("再见。");
    assertThat(s.after("q")).isEmpty();
  }

  @Test
  void aSurveyCallStepNeedsTheCampaignsSurvey() {
    CallingRules rules =
        new CallingRules(LocalTime.of(9, 0), LocalTime.of(20, 0), List.of(), 3, 10, Map.of());
    List<TimelineStep> steps =
        List.of(new TimelineStep(1, 0, 3, 2, StepChannel.VOICE_SURVEY, null));

    assertThatThrownBy(() -> new CampaignTimeline("s", 1, "Survey", null, steps, rules, null, null))
        .isInstanceOf(InvalidTimeline.class)
        .hasMessageContaining("needs a survey");
    Survey s = survey(List.of(question("q", YES, NO)), List.of());
    assertThat(
            new CampaignTimeline("s", 1, "Survey", null, steps, rules, null, null, null, s)
                .survey())
        .isEqualTo(s);
  }
}
