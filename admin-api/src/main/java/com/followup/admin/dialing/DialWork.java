package com.followup.admin.dialing;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.dialing.DialerSettings;
import com.followup.dialer.dialing.PacingLoops;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dialer's pacing loop, leased to one instance of the cluster at a time: a pacing step for
 * every campaign each tick (200 ms by default) while an agent is on duty, once a second — without a
 * query — while nobody is. A campaign created at run time is dialed from the next minute on.
 */
@Singleton
class DialWork implements DueWork {

  static final Duration IDLE = Duration.ofSeconds(1);
  static final Duration CAMPAIGNS_RECHECK = Duration.ofMinutes(1);

  private final CampaignTimelines timelines;
  private final PacingLoops loops;
  private final Duration tick;
  private final Clock clock;
  private volatile Instant lastTick;
  private volatile List<String> campaigns = List.of();
  private volatile Instant campaignsReadAt = Instant.MIN;

  DialWork(CampaignTimelines timelines, PacingLoops loops, DialerSettings settings, Clock clock) {
    this.timelines = timelines;
    this.loops = loops;
    this.tick = settings.tick();
    this.clock = clock;
    this.lastTick = clock.instant().minus(tick);
  }

  @Override
  public String name() {
    return "dialer";
  }

  @Override
  public int processDue(Instant now) {
    lastTick = clock.instant();
    if (!loops.anyoneOnDuty(now)) {
      return 0;
    }
    int placed = 0;
    for (String campaign : campaigns(now)) {
      placed += loops.tick(campaign, now);
    }
    return placed;
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(lastTick.plus(loops.anyoneOnDuty(clock.instant()) ? tick : IDLE));
  }

  private List<String> campaigns(Instant now) {
    if (campaignsReadAt.plus(CAMPAIGNS_RECHECK).isBefore(now)) {
      campaigns = timelines.current().stream().map(CampaignTimeline::code).toList();
      campaignsReadAt = now;
    }
    return campaigns;
  }
}
