package com.followup.sla.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a manager or QA writes: the form's name and its weighted groups of questions. */
@Serdeable
public record FormDefinition(String name, List<QuestionGroup> groups) {

  /** The same definition, or a clear reason why it cannot score a call. */
  public FormDefinition checked() {
    require(name != null && !name.isBlank(), "name is required");
    require(name.length() <= 200, "name is longer than 200 characters");
    require(groups != null && !groups.isEmpty(), "groups: at least one group is required");
    Set<String> codes = new HashSet<>();
    for (QuestionGroup g : groups) {
      require(g != null && code(g.code()), "every group needs a code of letters, digits, - or _");
      String at = "group " + g.code();
      require(g.name() != null && !g.name().isBlank(), at + ": name is required");
      require(g.weight() > 0 && g.weight() <= 1000, at + ": weight must be above 0 (at most 1000)");
      require(g.questions() != null && !g.questions().isEmpty(), at + ": at least one question");
      for (Question q : g.questions()) {
        require(q != null && code(q.code()), at + ": every question needs a code");
        require(codes.add(q.code()), "question " + q.code() + " appears twice");
        check(q);
      }
    }
    return this;
  }

  /** Every question, in the form's order. */
  public List<Question> questions() {
    return groups.stream().flatMap(g -> g.questions().stream()).toList();
  }

  private static void check(Question q) {
    String at = "question " + q.code();
    require(q.text() != null && !q.text().isBlank(), at + ": text is required");
    require(q.type() != null, at + ": type must be YES_NO, CHOICE, SCALE or FAULTS");
    require(q.points() > 0 && q.points() <= 1000, at + ": points must be above 0 (at most 1000)");
    switch (q.type()) {
      case YES_NO ->
          require(
              q.deduction() == null || (q.deduction() > 0 && q.deduction() <= q.points()),
              at + ": a deduction must be above 0 and at most the points");
      case FAULTS ->
          require(
              q.deduction() != null && q.deduction() > 0,
              at + ": FAULTS needs the points each fault deducts (deduction)");
      case CHOICE -> {
        require(q.choiceList().size() >= 2, at + ": CHOICE needs at least two choices");
        Set<String> seen = new HashSet<>();
        for (Choice c : q.choiceList()) {
          require(c != null && code(c.code()), at + ": every choice needs a code");
          require(seen.add(c.code()), at + ": choice " + c.code() + " appears twice");
          require(
              c.points() >= 0 && c.points() <= q.points(),
              at + ": choice " + c.code() + " must be worth 0 to the question's points");
        }
      }
      case SCALE ->
          require(
              q.scaleMin() != null && q.scaleMax() != null && q.scaleMin() < q.scaleMax(),
              at + ": SCALE needs scaleMin below scaleMax");
    }
  }

  private static boolean code(String code) {
    return code != null && code.matches("[A-Za-z0-9_-]{1,40}");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
