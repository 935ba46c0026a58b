package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.Agents;
import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.pacing.PacingPolicy;
import com.followup.dialer.pacing.PacingSnapshot;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pacing loop's step for one campaign: ends overdue wrap-ups, then asks the campaign's pacing
 * policy how many calls to place now (from ready and busy agents, calls in flight and the estimates
 * learned from recent attempts), takes that many from the dial queue and places them. In preview
 * mode it hands one queued call to each ready agent instead. The caller (a cluster-leased loop)
 * runs it for one campaign on one instance at a time.
 */
@Singleton
public class PacingLoops {

  private final Agents agents;
  private final DialQueue queue;
  private final CampaignDialingSettings campaigns;
  private final CallPlacer placer;
  private final WrapUpLimit wrapUps;
  private final RecentAttempts recent;
  private final DialedCalls calls;
  private final CallAttempts attempts;
  private final DialMetrics metrics;
  private final DutyRoster roster;
  private final Map<String, CampaignPacing> pacing = new ConcurrentHashMap<>();

  PacingLoops(
      Agents agents,
      DialQueue queue,
      CampaignDialingSettings campaigns,
      CallPlacer placer,
      WrapUpLimit wrapUps,
      RecentAttempts recent,
      DialedCalls calls,
      CallAttempts attempts,
      DialMetrics metrics,
      DutyRoster roster) {
    this.agents = agents;
    this.queue = queue;
    this.campaigns = campaigns;
    this.placer = placer;
    this.wrapUps = wrapUps;
    this.recent = recent;
    this.calls = calls;
    this.attempts = attempts;
    this.metrics = metrics;
    this.roster = roster;
  }

  /**
   * One pacing step for {@code campaign} at {@code now}; returns the calls placed or handed out.
   */
  public int tick(String campaign, Instant now) {
    if (!roster.anyoneOnDuty(now)) {
      return 0; // nobody to call for: no queries
    }
    CampaignDialing dialing = campaigns.of(campaign);
    wrapUps.endOverdue(dialing, now);
    Map<AgentState, Integer> byState = agents.countByState();
    metrics.agents(byState);
    List<Agent> busy = agents.busyWith(campaign);
    int ready = byState.get(AgentState.READY);
    if (ready == 0 && busy.isEmpty()) {
      return 0;
    }
    if (dialing.mode() == PacingMode.PREVIEW) {
      return handOutPreviews(campaign, ready, now);
    }
    CampaignPacing view = pacing.computeIfAbsent(campaign, c -> new CampaignPacing(c, now));
    PacingSnapshot snapshot =
        view.snapshot(now, ready, busy, recent, calls, dialing.abandonmentCap());
    metrics.abandonment(campaign, snapshot.budget());
    int wanted = PacingPolicy.forMode(dialing.mode()).callsToPlace(snapshot);
    if (wanted == 0) {
      return 0;
    }
    int placed = 0;
    for (CallToPlace call : queue.take(campaign, wanted)) {
      placed += placer.placeTaken(call, dialing) ? 1 : 0;
    }
    return placed;
  }

  /** Whether a step can do anything now: with nobody on duty, the loop may sleep longer. */
  public boolean anyoneOnDuty(Instant now) {
    return roster.anyoneOnDuty(now);
  }

  private int handOutPreviews(String campaign, int ready, Instant now) {
    int handedOut = 0;
    for (int i = 0; i < ready && queue.waiting(campaign) > 0; i++) {
      AttemptId attempt = attempts.nextId();
      Optional<String> agent = agents.reserveAny(attempt, campaign, now);
      if (agent.isEmpty()) {
        break;
      }
      List<CallToPlace> taken = queue.take(campaign, 1);
      if (taken.isEmpty()) {
        agents.release(attempt, now);
        break;
      }
      placer.preview(attempt, taken.get(0), agent.get());
      handedOut++;
    }
    return handedOut;
  }
}
