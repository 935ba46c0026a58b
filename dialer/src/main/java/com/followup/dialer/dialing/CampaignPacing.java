package com.followup.dialer.dialing;

import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.pacing.AbandonmentBudget;
import com.followup.dialer.pacing.AnswerDelayDistribution;
import com.followup.dialer.pacing.HandleTimeDistribution;
import com.followup.dialer.pacing.PacingEstimates;
import com.followup.dialer.pacing.PacingEstimator;
import com.followup.dialer.pacing.PacingSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One campaign's view for pacing: learns the estimates from the campaign's ended attempts (read
 * from the table, so a loop taken over by another instance learns the same) and builds snapshots.
 * Used by one loop at a time.
 */
final class CampaignPacing {

  private static final Duration LEARN_FROM = Duration.ofHours(2);
  private static final Duration BUDGET_REFRESH = Duration.ofSeconds(10);
  private static final Duration IN_FLIGHT = Duration.ofMinutes(10);

  private final String campaign;
  private final PacingEstimator estimator;
  private Instant learnedUntil;
  private AbandonmentBudget budget;
  private Instant budgetAt;

  CampaignPacing(String campaign, Instant now) {
    this.campaign = campaign;
    this.estimator =
        new PacingEstimator(
            new PacingEstimates(
                0.3,
                AnswerDelayDistribution.uniform(2, 20),
                30,
                new HandleTimeDistribution(180, 1)),
            PacingEstimator.HalfLives.defaults());
    this.learnedUntil = now.minus(LEARN_FROM);
  }

  /** What the campaign looks like at {@code now}, for the policy. */
  PacingSnapshot snapshot(
      Instant now,
      int readyAgents,
      List<Agent> busy,
      RecentAttempts recent,
      DialedCalls calls,
      double cap) {
    learn(recent);
    if (budget == null || budget.cap() != cap || budgetAt.plus(BUDGET_REFRESH).isBefore(now)) {
      budget = recent.budget(campaign, now, cap);
      budgetAt = now;
    }
    List<Double> talk = new ArrayList<>();
    for (Agent agent : busy) {
      if (agent.state() == AgentState.ON_CALL || agent.state() == AgentState.WRAP_UP) {
        Instant since = agent.connectedAt() == null ? now : agent.connectedAt();
        talk.add(Math.max(0, Duration.between(since, now).toMillis() / 1e3));
      }
    }
    List<Double> ringing = new ArrayList<>();
    int awaiting = 0;
    for (Instant[] call : calls.unassignedInFlight(campaign, now.minus(IN_FLIGHT))) {
      if (call[1] != null) {
        awaiting++;
      } else {
        ringing.add(Math.max(0, Duration.between(call[0], now).toMillis() / 1e3));
      }
    }
    return new PacingSnapshot(
        now, readyAgents, talk, ringing, awaiting, estimator.estimates(), budget);
  }

  private void learn(RecentAttempts recent) {
    List<RecentAttempts.Ended> ended;
    do {
      ended = recent.endedAfter(campaign, learnedUntil);
      for (RecentAttempts.Ended attempt : ended) {
        estimator.recordDialOutcome(attempt.person());
        if (attempt.person() && attempt.ringSeconds() != null) {
          estimator.recordAnswerDelay(attempt.ringSeconds());
        }
        if (attempt.handleSeconds() != null) {
          estimator.recordHandled(attempt.handleSeconds());
        }
        learnedUntil = attempt.endedAt();
      }
    } while (ended.size() == 1000);
  }
}
