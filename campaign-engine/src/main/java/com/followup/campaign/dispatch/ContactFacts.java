package com.followup.campaign.dispatch;

import com.followup.campaign.timeline.StepChannel;
import java.util.Set;

/**
 * What the gate must know about a contact beyond the follow-up itself, read for a whole batch.
 *
 * @param doNotCall the number is on the do-not-call list
 * @param attemptsToday dial attempts to the number on the customer's current local day
 * @param consented the record says the customer agreed to automated calls and texts (read for
 *     automated steps only)
 * @param optedOut the automated channels the number opted out of
 */
record ContactFacts(
    boolean doNotCall, int attemptsToday, boolean consented, Set<StepChannel> optedOut) {

  /** The facts of an agent's call. */
  ContactFacts(boolean doNotCall, int attemptsToday) {
    this(doNotCall, attemptsToday, false, Set.of());
  }
}
