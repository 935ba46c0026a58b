package com.followup.campaign.dispatch;

/**
 * What the gate must know about a contact beyond the follow-up itself, read for a whole batch.
 *
 * @param doNotCall the number is on the do-not-call list
 * @param attemptsToday dial attempts to the number on the customer's current local day
 */
record ContactFacts(boolean doNotCall, int attemptsToday) {}
