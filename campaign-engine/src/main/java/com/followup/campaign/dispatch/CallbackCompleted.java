package com.followup.campaign.dispatch;

import java.time.Instant;

/**
 * A callback follow-up reached the customer: published inside the transaction that completes it, so
 * the ticket's target is met in the same commit.
 */
public record CallbackCompleted(long ticketId, String target, Instant at) {}
