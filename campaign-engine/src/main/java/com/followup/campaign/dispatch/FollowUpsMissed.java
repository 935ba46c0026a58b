package com.followup.campaign.dispatch;

import java.util.List;

/**
 * Follow-ups that ended MISSED, published inside the transaction that records them as reported: a
 * listener that fails rolls the batch back, so each is reported exactly once.
 */
public record FollowUpsMissed(List<MissedFollowUp> missed) {}
