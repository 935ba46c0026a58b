package com.followup.campaign.verification;

import java.util.List;
import java.util.Map;

/**
 * What the agent recorded on a repair follow-up call.
 *
 * @param repairDone whether the customer confirms the repair was done
 * @param parts each reported part and what the customer said of it
 * @param extraParts parts the customer names that the station did not report
 */
public record RepairCheck(
    ClaimAnswer repairDone, Map<String, ClaimAnswer> parts, List<String> extraParts) {

  public RepairCheck {
    parts = Map.copyOf(parts);
    extraParts = List.copyOf(extraParts);
  }

  /** A mismatch: the repair or a part not confirmed, or parts named that were not claimed. */
  public boolean mismatch() {
    return repairDone == ClaimAnswer.NOT_CONFIRMED
        || parts.containsValue(ClaimAnswer.NOT_CONFIRMED)
        || !extraParts.isEmpty();
  }

  /** What does not match, for the ticket: one line each. */
  public List<String> mismatches(List<String> claimed) {
    java.util.ArrayList<String> lines = new java.util.ArrayList<>();
    if (repairDone == ClaimAnswer.NOT_CONFIRMED) {
      lines.add("the customer does not confirm the repair was done");
    }
    for (String part : claimed) {
      if (parts.get(part) == ClaimAnswer.NOT_CONFIRMED) {
        lines.add("part not confirmed: " + part);
      }
    }
    for (String extra : extraParts) {
      lines.add("part named by the customer, not reported: " + extra);
    }
    return List.copyOf(lines);
  }
}
