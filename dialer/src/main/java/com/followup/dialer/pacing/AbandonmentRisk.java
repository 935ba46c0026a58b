package com.followup.dialer.pacing;

/**
 * The chance that one more call, if a person answers it, finds no agent free within the connect
 * limit. Averaged over when the answer would come (quantiles of the answer delay), with agents free
 * then counted as ready agents plus agents forecast to finish, minus answers expected before it
 * from calls already placed; the count is taken as normal.
 */
final class AbandonmentRisk {

  private static final int ANSWER_TIME_POINTS = 5;

  private final double[] spareAgents = new double[ANSWER_TIME_POINTS];
  private final double[] variance = new double[ANSWER_TIME_POINTS];
  private final double[] newCallAnswered = new double[ANSWER_TIME_POINTS];

  AbandonmentRisk(PacingSnapshot snapshot, AgentReleaseForecast releases, double connectLimit) {
    PacingEstimates estimates = snapshot.estimates();
    for (int i = 0; i < ANSWER_TIME_POINTS; i++) {
      double answerAt = estimates.answerDelay().quantile((i + 0.5) / ANSWER_TIME_POINTS);
      AgentReleaseForecast.Release free = releases.within(answerAt + connectLimit);
      double answersBefore = snapshot.answeredCallsAwaitingAgent();
      double answersVariance = 0;
      for (double rang : snapshot.ringingCallSeconds()) {
        double q = estimates.ringingCallAnsweredWithin(rang, answerAt);
        answersBefore += q;
        answersVariance += q * (1 - q);
      }
      spareAgents[i] = snapshot.readyAgents() + free.expected() - answersBefore;
      variance[i] = free.variance() + answersVariance;
      newCallAnswered[i] = estimates.newCallAnsweredWithin(answerAt);
    }
  }

  /** The risk for the next call when {@code placedNow} calls are already being placed with it. */
  double ofNextCall(int placedNow) {
    double risk = 0;
    for (int i = 0; i < ANSWER_TIME_POINTS; i++) {
      double g = newCallAnswered[i];
      double mean = spareAgents[i] - placedNow * g;
      double sd = Math.sqrt(variance[i] + placedNow * g * (1 - g) + 1e-9);
      // Abandoned when fewer than one agent is spare; 0.5 is the continuity correction.
      risk += StandardNormal.cdf((0.5 - mean) / sd);
    }
    return risk / ANSWER_TIME_POINTS;
  }

  /** How many calls can be placed now, each at no more than {@code acceptableRisk}. */
  int callsWithin(double acceptableRisk, int ceiling) {
    int calls = 0;
    while (calls < ceiling && ofNextCall(calls) <= acceptableRisk) {
      calls++;
    }
    return calls;
  }
}
