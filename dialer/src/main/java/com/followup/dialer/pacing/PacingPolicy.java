package com.followup.dialer.pacing;

/**
 * Answers the question a campaign's pacing loop asks at every event and at least once a second: how
 * many calls to place now?
 *
 * <p>Implementations are stateless and side-effect free: everything they may use is in the
 * snapshot, so the same snapshot always gives the same answer.
 */
public interface PacingPolicy {

  /**
   * Returns the number of new calls to place at {@code snapshot.at()}; never negative, and zero
   * when no agent is logged in.
   */
  int callsToPlace(PacingSnapshot snapshot);

  /** The policy for a mode with default predictive settings. */
  static PacingPolicy forMode(PacingMode mode) {
    return forMode(mode, PredictiveSettings.defaults());
  }

  /** The policy for a mode; {@code settings} only matter for {@link PacingMode#PREDICTIVE}. */
  static PacingPolicy forMode(PacingMode mode, PredictiveSettings settings) {
    return switch (mode) {
      case PREVIEW -> new PreviewPolicy();
      case PROGRESSIVE -> new ProgressivePolicy();
      case PREDICTIVE -> new PredictivePolicy(settings);
    };
  }
}
