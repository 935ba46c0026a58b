package com.followup.campaign.dispatch;

import java.util.Map;

/**
 * Follow-ups just released to the dial queue (status DUE), by campaign: published after the release
 * committed, so a dialer waiting for work can take it at once.
 */
public record FollowUpsReleased(Map<String, Integer> byCampaign) {}
