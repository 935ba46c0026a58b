package com.followup.dialer.pacing.simulation;

import com.followup.dialer.pacing.PacingPolicy;
import com.followup.dialer.pacing.PacingSnapshot;
import com.followup.dialer.pacing.PredictivePolicy;
import com.followup.dialer.pacing.PredictiveSettings;
import java.util.List;

/**
 * A pacing policy as the simulation runs it. Besides the snapshot the live dialer would have, it is
 * shown what only a simulation can know: each busy agent's true remaining talk time, in the order
 * of {@link PacingSnapshot#busyAgentTalkSeconds()}. Live policies ignore it.
 */
@FunctionalInterface
public interface SimulatedPolicy {

  int callsToPlace(PacingSnapshot snapshot, List<Double> trueRemainingSeconds);

  /** A live policy, blind to the truth. */
  static SimulatedPolicy live(PacingPolicy policy) {
    return (snapshot, trueRemainingSeconds) -> policy.callsToPlace(snapshot);
  }

  /**
   * The upper reference: predictive pacing that knows exactly when each busy agent will finish (but
   * not who will answer, nor when).
   */
  static SimulatedPolicy oracle(PredictiveSettings settings) {
    PredictivePolicy predictive = new PredictivePolicy(settings);
    return (snapshot, trueRemainingSeconds) ->
        predictive.callsToPlace(snapshot, new KnownReleaseForecast(trueRemainingSeconds));
  }
}
