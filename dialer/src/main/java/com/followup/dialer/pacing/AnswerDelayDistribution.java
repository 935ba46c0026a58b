package com.followup.dialer.pacing;

import java.util.Arrays;

/**
 * How long a person takes to answer, given that they answer: a histogram of one-second bins, bin
 * {@code i} covering [i, i + 1) seconds after dialing. Immutable.
 */
public final class AnswerDelayDistribution {

  private final double[] cumulative;

  private AnswerDelayDistribution(double[] cumulative) {
    this.cumulative = cumulative;
  }

  /** A distribution from non-negative bin weights; they need not sum to one. */
  public static AnswerDelayDistribution fromBinWeights(double[] weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("answer delay needs at least one bin");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("answer delay bin weights must be >= 0: " + w);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("answer delay bin weights must not all be zero");
    }
    double[] cumulative = new double[weights.length + 1];
    for (int i = 0; i < weights.length; i++) {
      cumulative[i + 1] = cumulative[i] + weights[i] / total;
    }
    cumulative[weights.length] = 1.0;
    return new AnswerDelayDistribution(cumulative);
  }

  /**
   * Answer delays spread evenly between whole seconds {@code fromSeconds} and {@code toSeconds}.
   */
  public static AnswerDelayDistribution uniform(int fromSeconds, int toSeconds) {
    if (fromSeconds < 0 || toSeconds <= fromSeconds) {
      throw new IllegalArgumentException("need 0 <= from < to: " + fromSeconds + ", " + toSeconds);
    }
    double[] weights = new double[toSeconds];
    Arrays.fill(weights, fromSeconds, toSeconds, 1.0);
    return fromBinWeights(weights);
  }

  /** P(delay ≤ seconds), linear within a bin. */
  public double cdf(double seconds) {
    if (seconds <= 0) {
      return 0.0;
    }
    int bins = cumulative.length - 1;
    if (seconds >= bins) {
      return 1.0;
    }
    int bin = (int) seconds;
    double fraction = seconds - bin;
    return cumulative[bin] + fraction * (cumulative[bin + 1] - cumulative[bin]);
  }

  /** The smallest delay d with P(delay ≤ d) ≥ q, for q in (0, 1). */
  public double quantile(double q) {
    if (!(q > 0 && q < 1)) {
      throw new IllegalArgumentException("quantile needs 0 < q < 1: " + q);
    }
    int bin = 0;
    while (cumulative[bin + 1] < q) {
      bin++;
    }
    double mass = cumulative[bin + 1] - cumulative[bin];
    return bin + (q - cumulative[bin]) / mass;
  }

  /** Mean answer delay in seconds. */
  public double meanSeconds() {
    double mean = 0;
    for (int i = 0; i + 1 < cumulative.length; i++) {
      mean += (cumulative[i + 1] - cumulative[i]) * (i + 0.5);
    }
    return mean;
  }

  /** Seconds covered by the histogram; no answer comes later than this. */
  public int horizonSeconds() {
    return cumulative.length - 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerDelayDistribution that
        && Arrays.equals(cumulative, that.cumulative);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cumulative);
  }

  @Override
  public String toString() {
    return String.format("AnswerDelayDistribution[mean=%.1fs]", meanSeconds());
  }
}
