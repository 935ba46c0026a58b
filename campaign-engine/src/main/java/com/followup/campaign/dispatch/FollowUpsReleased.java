package com.followup.campaign.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * Follow-ups the dispatcher released to the dial queue in one batch, published after the batch
 * committed, with each one's lateness: how long after its attempt time it was released.
 */
public record FollowUpsReleased(List<Duration> lateness) {

  public FollowUpsReleased {
    lateness = List.copyOf(lateness);
  }
}
