package com.followup.admin.console.qa;

import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationForms;
import com.followup.sla.evaluation.FormDefinition;
import com.followup.sla.evaluation.Question;
import com.followup.sla.evaluation.QuestionGroup;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of an evaluation's questions and the names of their groups, from the form version the
 * evaluation was scored on; the code when that version is gone. One per page: each version is read
 * once.
 */
public final class QuestionTexts {

  private final EvaluationForms forms;
  private final Map<String, Optional<FormDefinition>> read = new HashMap<>();

  public QuestionTexts(EvaluationForms forms) {
    this.forms = forms;
  }

  /** The question's text in the form version of {@code e}. */
  public String question(Evaluation e, String code) {
    return definition(e)
        .flatMap(d -> d.questions().stream().filter(q -> q.code().equals(code)).findFirst())
        .map(Question::text)
        .orElse(code);
  }

  /** The name of the question group {@code code} in the form version of {@code e}. */
  public String group(Evaluation e, String code) {
    return definition(e)
        .flatMap(d -> d.groups().stream().filter(g -> g.code().equals(code)).findFirst())
        .map(QuestionGroup::name)
        .orElse(code == null ? "" : code);
  }

  private Optional<FormDefinition> definition(Evaluation e) {
    return read.computeIfAbsent(
        e.formCode() + "@" + e.formVersion(),
        k -> forms.version(e.formCode(), e.formVersion()).map(f -> f.definition()));
  }
}
