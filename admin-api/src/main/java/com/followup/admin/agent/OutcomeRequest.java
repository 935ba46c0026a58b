package com.followup.admin.agent;

import com.followup.admin.ticket.Instants;
import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.verification.ClaimAnswer;
import com.followup.campaign.verification.RepairCheck;
import com.followup.dialer.dialing.AgentNotes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An agent's outcome of the connected call, as posted.
 *
 * @param outcome COMPLETED, REFUSED, WRONG_NUMBER, WRONG_PERSON, CALL_BACK or NO_ANSWER
 * @param callbackAt ISO-8601 with offset; required for WRONG_PERSON and CALL_BACK
 * @param problem a problem the customer raised: opens a PROBLEM ticket
 * @param verification on a repair follow-up: what the customer said of the station's claim
 */
@Serdeable
public record OutcomeRequest(
    String outcome,
    @Nullable Boolean satisfied,
    @Nullable String notes,
    @Nullable String callbackAt,
    @Nullable ProblemRequest problem,
    @Nullable VerificationRequest verification) {

  /** A problem raised on the call, for the responsible department. */
  @Serdeable
  public record ProblemRequest(String department, String summary) {}

  /**
   * What the customer said of a repair claim.
   *
   * @param repairDone CONFIRMED, NOT_CONFIRMED or UNSURE
   * @param parts each reported part: CONFIRMED, NOT_CONFIRMED or UNSURE
   * @param extraParts parts the customer names that the station did not report
   */
  @Serdeable
  public record VerificationRequest(
      @Nullable String repairDone,
      @Nullable Map<String, String> parts,
      @Nullable List<String> extraParts) {

    /** The check; 400 for a missing or unknown answer. */
    public RepairCheck check() {
      if (repairDone == null) {
        throw new IllegalArgumentException("verification.repairDone is required");
      }
      Map<String, ClaimAnswer> answers = new LinkedHashMap<>();
      if (parts != null) {
        parts.forEach(
            (part, answer) ->
                answers.put(
                    part == null ? "" : part.trim(),
                    ClaimAnswer.parse(answer == null ? "" : answer, "part '" + part + "'")));
      }
      List<String> extra =
          extraParts == null
              ? List.of()
              : extraParts.stream()
                  .filter(p -> p != null && !p.isBlank())
                  .map(String::trim)
                  .distinct()
                  .toList();
      return new RepairCheck(
          ClaimAnswer.parse(repairDone, "verification.repairDone"), answers, extra);
    }
  }

  static final Set<CallOutcome> AGENT_OUTCOMES =
      EnumSet.of(
          CallOutcome.COMPLETED,
          CallOutcome.REFUSED,
          CallOutcome.WRONG_NUMBER,
          CallOutcome.WRONG_PERSON,
          CallOutcome.CALL_BACK,
          CallOutcome.NO_ANSWER);

  /** The outcome; 400 for a missing or unknown one, or one only the telephony reports. */
  public CallOutcome callOutcome() {
    CallOutcome parsed;
    try {
      parsed = CallOutcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      parsed = null;
    }
    if (!AGENT_OUTCOMES.contains(parsed)) {
      throw new IllegalArgumentException("outcome must be one of " + AGENT_OUTCOMES);
    }
    return parsed;
  }

  /** The agent's notes; 400 when a callback time is missing, malformed, or a problem is partial. */
  public AgentNotes agentNotes() {
    CallOutcome parsed = callOutcome();
    AgentNotes notes = new AgentNotes(satisfied, notes(), Instants.parse(callbackAt, "callbackAt"));
    if (parsed.needsCallbackTime() && notes.callbackAt() == null) {
      throw new IllegalArgumentException("callbackAt is required for the outcome " + parsed);
    }
    if (problem != null && (blank(problem.department()) || blank(problem.summary()))) {
      throw new IllegalArgumentException("a problem needs a department and a summary");
    }
    return notes;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
