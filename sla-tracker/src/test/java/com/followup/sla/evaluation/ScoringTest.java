package com.followup.sla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score of a call against hand-computed cases: weights, N/A, deductions, critical faults. */
class ScoringTest {

  // greeting (weight 40): q1 yes/no 10 (standard phrases), q2 2 points a fault out of 10;
  // accuracy (weight 60): q3 choice of 10/5/0 (wrong answer), q4 scale 1–5 worth 8 (N/A allowed),
  // q5 critical yes/no worth 5 (no customer data leaked)
  static final FormDefinition FORM =
      new FormDefinition(
              "Follow-up call",
              List.of(
                  new QuestionGroup(
                      "greeting",
                      "Greeting",
                      40,
                      List.of(
                          yesNo("q1", 10, null, false, ErrorKind.STANDARD_PHRASES),
                          new Question(
                              "q2",
                              "Answers the question asked",
                              QuestionType.FAULTS,
                              10,
                              2.0,
                              null,
                              null,
                              null,
                              false,
                              false,
                              null))),
                  new QuestionGroup(
                      "accuracy",
                      "Accuracy",
                      60,
                      List.of(
                          new Question(
                              "q3",
                              "Information given",
                              QuestionType.CHOICE,
                              10,
                              null,
                              List.of(
                                  new Choice("right", "Right", 10),
                                  new Choice("partial", "Partly right", 5),
                                  new Choice("wrong", "Wrong", 0)),
                              null,
                              null,
                              false,
                              false,
                              ErrorKind.WRONG_ANSWER),
                          new Question(
                              "q4",
                              "Tone",
                              QuestionType.SCALE,
                              8,
                              null,
                              null,
                              1,
                              5,
                              true,
                              false,
                              null),
                          yesNo("q5", 5, null, true, null)))))
          .checked();

  static Question yesNo(
      String code, double points, Double deduction, boolean critical, ErrorKind counts) {
    return new Question(
        code,
        "Question " + code,
        QuestionType.YES_NO,
        points,
        deduction,
        null,
        null,
        null,
        false,
        critical,
        counts);
  }

  static Answer a(String question, String value) {
    return new Answer(question, value, false, "noted");
  }

  @Test
  void weighted_groups_deductions_choices_and_scales_add_up_as_computed_by_hand() {
    ScoreSheet sheet =
        Scoring.score(
            FORM,
            List.of(
                a("q1", "YES"), a("q2", "1"), a("q3", "partial"), a("q4", "4"), a("q5", "YES")));

    // greeting 18/20 = 0.9; accuracy (5 + 6 + 5) / 23; 100 × (40 × 0.9 + 60 × 16/23) / 100
    assertThat(sheet.score()).isEqualTo(77.74);
    assertThat(sheet.failedCritical()).isFalse();
    assertThat(sheet.wrongAnswer()).isTrue();
    assertThat(sheet.missedPhrases()).isFalse();
    assertThat(sheet.results())
        .extracting(r -> r.question() + "=" + r.obtained() + "/" + r.possible())
        .containsExactly("q1=10.0/10.0", "q2=8.0/10.0", "q3=5.0/10.0", "q4=6.0/8.0", "q5=5.0/5.0");
  }

  @Test
  void a_question_marked_na_counts_for_nothing_in_its_group() {
    ScoreSheet sheet =
        Scoring.score(
            FORM,
            List.of(
                a("q1", "YES"),
                a("q2", "1"),
                a("q3", "partial"),
                new Answer("q4", null, true, null),
                a("q5", "YES")));

    // accuracy (5 + 5) / 15: 36 + 60 × 2/3
    assertThat(sheet.score()).isEqualTo(76.0);
    assertThat(sheet.results().get(3)).extracting(QuestionResult::na).isEqualTo(true);
  }

  @Test
  void a_failed_critical_question_scores_the_call_zero() {
    ScoreSheet sheet =
        Scoring.score(
            FORM,
            List.of(a("q1", "YES"), a("q2", "0"), a("q3", "right"), a("q4", "5"), a("q5", "NO")));

    assertThat(sheet.failedCritical()).isTrue();
    assertThat(sheet.score()).isZero();
  }

  @Test
  void a_perfect_call_scores_100_and_faults_never_go_below_zero() {
    assertThat(
            Scoring.score(
                    FORM,
                    List.of(
                        a("q1", "yes"),
                        a("q2", "0"),
                        a("q3", "right"),
                        a("q4", "5"),
                        a("q5", "YES")))
                .score())
        .isEqualTo(100.0);
    ScoreSheet many =
        Scoring.score(
            FORM,
            List.of(a("q1", "NO"), a("q2", "9"), a("q3", "right"), a("q4", "5"), a("q5", "YES")));
    // greeting 0/20, accuracy 23/23: 60
    assertThat(many.score()).isEqualTo(60.0);
    assertThat(many.missedPhrases()).isTrue();
  }

  @Test
  void a_yes_no_question_with_a_deduction_loses_only_those_points() {
    FormDefinition form =
        new FormDefinition(
                "One",
                List.of(new QuestionGroup("g", "G", 1, List.of(yesNo("q", 10, 2.0, false, null)))))
            .checked();

    assertThat(Scoring.score(form, List.of(a("q", "NO"))).score()).isEqualTo(80.0);
  }

  @Test
  void answers_that_cannot_be_scored_are_refused_with_their_reason() {
    List<Answer> good =
        List.of(a("q1", "YES"), a("q2", "0"), a("q3", "right"), a("q4", "5"), a("q5", "YES"));

    assertThatThrownBy(() -> Scoring.score(FORM, replace(good, new Answer("q2", "1", false, " "))))
        .hasMessageContaining("q2: a comment is required when points are deducted");
    assertThatThrownBy(() -> Scoring.score(FORM, replace(good, new Answer("q1", null, true, null))))
        .hasMessageContaining("q1 may not be marked N/A");
    assertThatThrownBy(() -> Scoring.score(FORM, good.subList(0, 4)))
        .hasMessageContaining("q5 is not answered");
    assertThatThrownBy(() -> Scoring.score(FORM, replace(good, a("q3", "maybe"))))
        .hasMessageContaining("q3 has no choice 'maybe'");
    assertThatThrownBy(() -> Scoring.score(FORM, replace(good, a("q4", "9"))))
        .hasMessageContaining("q4 is answered 1 to 5: 9");
    assertThatThrownBy(() -> Scoring.score(FORM, replace(good, a("q1", "perhaps"))))
        .hasMessageContaining("YES or NO");
    List<Answer> extra = new ArrayList<>(good);
    extra.add(a("q9", "YES"));
    assertThatThrownBy(() -> Scoring.score(FORM, extra)).hasMessageContaining("no question q9");
  }

  @Test
  void a_form_that_cannot_score_a_call_is_refused_with_its_reason() {
    assertThatThrownBy(
            () ->
                new FormDefinition(
                        "Twice",
                        List.of(
                            new QuestionGroup(
                                "g",
                                "G",
                                1,
                                List.of(
                                    yesNo("q", 1, null, false, null),
                                    yesNo("q", 1, null, false, null)))))
                    .checked())
        .hasMessageContaining("question q appears twice");
    assertThatThrownBy(
            () ->
                new FormDefinition(
                        "No weight",
                        List.of(
                            new QuestionGroup(
                                "g", "G", 0, List.of(yesNo("q", 1, null, false, null)))))
                    .checked())
        .hasMessageContaining("weight must be above 0");
    assertThatThrownBy(
            () ->
                new FormDefinition(
                        "Faults",
                        List.of(
                            new QuestionGroup(
                                "g",
                                "G",
                                1,
                                List.of(
                                    new Question(
                                        "f",
                                        "F",
                                        QuestionType.FAULTS,
                                        10,
                                        null,
                                        null,
                                        null,
                                        null,
                                        false,
                                        false,
                                        null)))))
                    .checked())
        .hasMessageContaining("FAULTS needs the points each fault deducts");
  }

  private static List<Answer> replace(List<Answer> answers, Answer with) {
    return answers.stream().map(x -> x.question().equals(with.question()) ? with : x).toList();
  }
}
