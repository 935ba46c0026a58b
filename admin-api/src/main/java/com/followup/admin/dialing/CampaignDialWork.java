package com.followup.admin.dialing;

import com.followup.admin.scheduling.DueWork;
import com.followup.dialer.dialing.PacingLoops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One campaign's pacing loop, leased to one instance of the cluster at a time: a pacing step every
 * tick (200 ms by default), again at once while calls are being placed.
 */
final class CampaignDialWork implements DueWork {

  static final Duration IDLE = Duration.ofSeconds(1);

  private final String campaign;
  private final PacingLoops loops;
  private final Duration tick;
  private final Clock clock;
  private volatile Instant lastTick;

  CampaignDialWork(String campaign, PacingLoops loops, Duration tick, Clock clock) {
    this.campaign = campaign;
    this.loops = loops;
    this.tick = tick;
    this.clock = clock;
    this.lastTick = clock.instant().minus(tick);
  }

  @Override
  public String name() {
    return "dial-" + campaign;
  }

  @Override
  public int processDue(Instant now) {
    lastTick = clock.instant();
    return loops.tick(campaign, now);
  }

  /** Every tick while an agent is on duty; with nobody on duty, once per {@link #IDLE}. */
  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(lastTick.plus(loops.anyoneOnDuty(clock.instant()) ? tick : IDLE));
  }
}
