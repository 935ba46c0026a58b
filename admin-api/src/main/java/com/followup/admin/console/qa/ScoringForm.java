package com.followup.admin.console.qa;

import com.followup.admin.console.FieldMessages;
import com.followup.sla.evaluation.Answer;
import com.followup.sla.evaluation.FormDefinition;
import com.followup.sla.evaluation.Question;
import com.followup.sla.evaluation.QuestionResult;
import com.followup.sla.evaluation.ScoringRefused;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's scoring form: each question's answer in {@code a.<code>}, its N/A box in {@code
 * na.<code>}, its comment in {@code c.<code>}; the whole sheet's comment in {@code comment}.
 */
final class ScoringForm {

  private ScoringForm() {}

  static List<Answer> answers(FormDefinition form, Map<String, String> fields) {
    List<Answer> answers = new ArrayList<>();
    for (Question q : form.questions()) {
      boolean na = fields.containsKey("na." + q.code());
      String value = fields.get("a." + q.code());
      String comment = fields.get("c." + q.code());
      if (!na && (value == null || value.isBlank())) {
        continue; // left out: reported as not answered
      }
      answers.add(new Answer(q.code(), value, na, comment));
    }
    return answers;
  }

  /** The answers as the form shows them again: by question, value, N/A and comment. */
  static Map<String, String> values(Map<String, String> fields) {
    return new HashMap<>(fields);
  }

  /** A scored sheet's answers as form values (QA revises a disputed score from them). */
  static Map<String, String> values(List<QuestionResult> results, String comment) {
    Map<String, String> fields = new HashMap<>();
    for (QuestionResult r : results) {
      if (r.na()) {
        fields.put("na." + r.question(), "on");
      } else if (r.value() != null) {
        fields.put("a." + r.question(), r.value());
      }
      if (r.comment() != null) {
        fields.put("c." + r.question(), r.comment());
      }
    }
    if (comment != null) {
      fields.put("comment", comment);
    }
    return fields;
  }

  /** Each problem beside its question's field. */
  static FieldMessages errors(ScoringRefused refused) {
    FieldMessages errors = new FieldMessages();
    for (ScoringRefused.Problem p : refused.problems()) {
      String field = p.question() == null ? "sheet" : "a." + p.question();
      if (!errors.has(field)) {
        errors.add(field, "qa.eval.error." + p.kind().name());
      }
    }
    return errors;
  }
}
