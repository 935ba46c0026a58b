package com.followup.admin.calls;

import com.followup.sla.evaluation.Evaluation;
import com.followup.sla.evaluation.EvaluationStatus;
import java.util.Collection;
import java.util.List;

/**
 * Who may read an evaluation's answers, for the API and the console alike. Managers read every
 * evaluation; QA reads the one it scored, every evaluation of a call once it scored that call
 * itself (calibration is blind until then), and a disputed one it is to decide; an agent reads its
 * own evaluations that count, never calibration ones.
 */
public final class EvaluationAccess {

  private EvaluationAccess() {}

  public static boolean isManager(Collection<String> roles) {
    return roles.contains("MANAGER");
  }

  public static boolean isAuditor(Collection<String> roles) {
    return roles.contains("QA") || isManager(roles);
  }

  /** Whether an auditor may read {@code e}'s answers, given every evaluation of its call. */
  public static boolean mayReadAnswers(
      Evaluation e, List<Evaluation> ofCall, String user, Collection<String> roles) {
    return isManager(roles)
        || e.evaluator().equals(user)
        || scoredBy(ofCall, user)
        || (!e.calibration() && e.status() == EvaluationStatus.DISPUTED);
  }

  public static boolean scoredBy(List<Evaluation> ofCall, String user) {
    return ofCall.stream().anyMatch(x -> x.evaluator().equals(user));
  }

  /** Whether {@code user} is the agent {@code e} counts for. */
  public static boolean ownedBy(Evaluation e, String user) {
    return !e.calibration() && e.call().agent().equals(user);
  }
}
