package com.followup.dialer.pacing;

/**
 * Predictive dialing: places calls ahead of agents finishing, as many as keep the chance that an
 * answered call finds no agent under an acceptable risk. That risk follows the abandonment budget:
 * above the target share of the cap when today and the 30 days have slack, falling to a floor once
 * either has overspent, so the pace backs off near the cap and recovers after a shift in the answer
 * rate. Never places fewer calls than progressive would, which cannot abandon. Below {@link
 * PredictiveSettings#minimumAgents()} logged-in agents it is plain progressive.
 */
public final class PredictivePolicy implements PacingPolicy {

  private final PredictiveSettings settings;
  private final ProgressivePolicy progressive = new ProgressivePolicy();

  public PredictivePolicy(PredictiveSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    this.settings = settings;
  }

  @Override
  public int callsToPlace(PacingSnapshot snapshot) {
    return callsToPlace(snapshot, new TalkTimeReleaseForecast(snapshot));
  }

  /**
   * The same decision with a caller-supplied forecast of agents finishing; the pacing simulation
   * uses it to give an oracle the true finishing times.
   */
  public int callsToPlace(PacingSnapshot snapshot, AgentReleaseForecast releases) {
    int loggedIn = snapshot.loggedInAgents();
    if (loggedIn == 0) {
      return 0;
    }
    int oneEach = progressive.callsToPlace(snapshot);
    if (loggedIn < settings.minimumAgents()) {
      return oneEach;
    }
    int inFlight = snapshot.ringingCallSeconds().size() + snapshot.answeredCallsAwaitingAgent();
    int ceiling = Math.max(0, settings.maximumCallsInFlightPerAgent() * loggedIn - inFlight);
    AbandonmentRisk risk = new AbandonmentRisk(snapshot, releases, settings.connectLimitSeconds());
    int ahead = risk.callsWithin(acceptableRisk(snapshot.budget()), ceiling);
    return Math.max(oneEach, ahead);
  }

  /** The highest acceptable chance that the next call, if answered, is abandoned. */
  double acceptableRisk(AbandonmentBudget budget) {
    double target = budget.cap() * settings.targetShareOfCap();
    double allowedRate = budget.allowedRate(target, settings.lookaheadAnswers());
    double risk = settings.riskPerAllowedRate() * allowedRate;
    return Math.max(settings.minimumRisk(), Math.min(settings.maximumRisk(), risk));
  }

  public PredictiveSettings settings() {
    return settings;
  }
}
