package com.followup.admin.console.qa;

import com.followup.admin.calls.EvaluationAccess;
import com.followup.admin.console.FieldMessages;
import com.followup.dialer.calls.CallDetail;
import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationForm;
import com.followup.sla.evaluation.EvaluationForms;
import com.followup.sla.evaluation.EvaluationStatus;
import com.followup.sla.evaluation.Evaluations;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the call page shows of evaluations to one reader: the evaluations it may read (blind
 * calibration), the calibration table once the reader has scored the call itself (or is a manager),
 * the scoring form when it may score the call, and the decision form for a disputed score.
 */
@Singleton
class EvaluationPanel {

  private final Evaluations evaluations;
  private final EvaluationForms forms;

  EvaluationPanel(Evaluations evaluations, EvaluationForms forms) {
    this.evaluations = evaluations;
    this.forms = forms;
  }

  /**
   * @param chosenForm the form code the reader picked to score with; the first form when null
   * @param values the scoring form's values to show again, with their {@code errors}
   */
  void fill(
      Map<String, Object> model,
      CallDetail call,
      String user,
      Collection<String> roles,
      @Nullable String chosenForm,
      Map<String, String> values,
      FieldMessages errors) {
    List<Evaluation> all = evaluations.ofCall(call.call().id());
    List<Evaluation> visible =
        all.stream().filter(e -> EvaluationAccess.mayReadAnswers(e, all, user, roles)).toList();
    boolean qa = roles.contains("QA");
    boolean canScore = qa && call.call().agent() != null && !EvaluationAccess.scoredBy(all, user);
    List<EvaluationForm> choices = canScore ? forms.list() : List.of();
    EvaluationForm form =
        choices.stream()
            .filter(f -> f.code().equals(chosenForm))
            .findFirst()
            .orElse(choices.isEmpty() ? null : choices.get(0));
    Evaluation disputed =
        qa
            ? visible.stream()
                .filter(e -> e.status() == EvaluationStatus.DISPUTED)
                .findFirst()
                .orElse(null)
            : null;
    QuestionTexts texts = new QuestionTexts(forms);
    boolean seesOthers = roles.contains("MANAGER") || EvaluationAccess.scoredBy(all, user);
    model.put("texts", texts);
    model.put("calibration", seesOthers ? CalibrationView.of(call.call().id(), all, texts) : null);
    model.put("evaluations", visible);
    model.put("hiddenEvaluations", all.size() - visible.size());
    model.put("canScore", canScore);
    model.put("calibrationOnly", all.stream().anyMatch(e -> !e.calibration()));
    model.put("forms", choices);
    model.put("scoreForm", form);
    model.put("disputed", disputed);
    model.put(
        "disputedForm",
        disputed == null
            ? null
            : forms.version(disputed.formCode(), disputed.formVersion()).orElse(null));
    model.put(
        "disputedValues",
        disputed == null
            ? Map.of()
            : ScoringForm.values(disputed.sheet().results(), disputed.comment()));
    model.put("values", values);
    model.put("errors", errors);
  }
}
