package com.followup.admin.console.manager;

import com.followup.dialer.figures.FloorNow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the wallboard shows at one moment.
 *
 * @param floor the dialer's floor: agents, calls, today's dials and answers
 * @param abandonmentCap the cap today's abandonment is held against
 * @param queueDepth follow-ups waiting in the dial queue per campaign
 * @param dispatcherLateness the largest lateness of the dispatcher's last released batch
 * @param openBreaches SLA breaches not reviewed yet (refreshed every few seconds)
 */
public record WallboardSnapshot(
    FloorNow floor,
    double abandonmentCap,
    Map<String, Long> queueDepth,
    Duration dispatcherLateness,
    long openBreaches) {

  public Instant at() {
    return floor.at();
  }

  public long queueTotal() {
    return queueDepth.values().stream().mapToLong(Long::longValue).sum();
  }

  /** How many agents are in {@code state} now. */
  public long agentsIn(String state) {
    return floor.agents().stream().filter(a -> a.state().equals(state)).count();
  }

  /** Seconds an agent has been in its state at this snapshot. */
  public long secondsInState(FloorNow.AgentNow agent) {
    return agent.since() == null
        ? 0
        : Math.max(0, Duration.between(agent.since(), floor.at()).toSeconds());
  }

  /** Whether today's abandonment is over its cap. */
  public boolean overCap() {
    Double rate = floor.abandonmentRateToday();
    return rate != null && rate > abandonmentCap;
  }
}
