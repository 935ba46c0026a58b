package com.followup.dialer.pacing;

/**
 * Talk time of a connected call, modelled as lognormal with the given mean and coefficient of
 * variation (standard deviation over mean).
 */
public record HandleTimeDistribution(double meanSeconds, double coefficientOfVariation) {

  public HandleTimeDistribution {
    if (!(meanSeconds > 0) || !Double.isFinite(meanSeconds)) {
      throw new IllegalArgumentException("mean handle time must be positive: " + meanSeconds);
    }
    if (!(coefficientOfVariation > 0) || !Double.isFinite(coefficientOfVariation)) {
      throw new IllegalArgumentException(
          "handle time coefficient of variation must be positive: " + coefficientOfVariation);
    }
  }

  /** Standard deviation of the logarithm of the handle time. */
  public double logSd() {
    return Math.sqrt(Math.log1p(coefficientOfVariation * coefficientOfVariation));
  }

  /** Mean of the logarithm of the handle time. */
  public double logMean() {
    double sd = logSd();
    return Math.log(meanSeconds) - sd * sd / 2;
  }

  /**
   * The probability that a call which has lasted {@code talkedSeconds} so far ends within the next
   * {@code withinSeconds}: P(T ≤ a + t | T > a).
   */
  public double probabilityEndsWithin(double talkedSeconds, double withinSeconds) {
    return new Conditional(logMean(), logSd(), talkedSeconds).endsWithin(withinSeconds);
  }

  /** The same conditional probability for one call, with the lognormal worked out once. */
  static final class Conditional {
    private final double mu;
    private final double sigma;
    private final double talkedSeconds;
    private final double survived;

    Conditional(double mu, double sigma, double talkedSeconds) {
      this.mu = mu;
      this.sigma = sigma;
      this.talkedSeconds = talkedSeconds;
      this.survived = survival(talkedSeconds);
    }

    double endsWithin(double withinSeconds) {
      if (survived < 1e-12) {
        // Far into the tail the fitted shape says nothing useful; not counting on this agent is
        // the side that cannot cause abandoned calls.
        return 0.0;
      }
      double later = survival(talkedSeconds + withinSeconds);
      return Math.max(0.0, Math.min(1.0, 1.0 - later / survived));
    }

    private double survival(double seconds) {
      if (seconds <= 0) {
        return 1.0;
      }
      return StandardNormal.cdf((mu - Math.log(seconds)) / sigma);
    }
  }
}
