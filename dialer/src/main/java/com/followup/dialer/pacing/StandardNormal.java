package com.followup.dialer.pacing;

/** The standard normal distribution function, which the JDK does not ship. */
final class StandardNormal {

  // Chebyshev fit of erfc from Numerical Recipes (erfcc); fractional error below 1.2e-7.
  private static final double[] ERFC_COEFFICIENTS = {
    -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
    0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277
  };

  private StandardNormal() {}

  /** P(Z ≤ z) for a standard normal Z, accurate to about 1e-7. */
  static double cdf(double z) {
    return 0.5 * erfc(-z / Math.sqrt(2.0));
  }

  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double poly = 0.0;
    for (int i = ERFC_COEFFICIENTS.length - 1; i >= 0; i--) {
      poly = poly * t + ERFC_COEFFICIENTS[i];
    }
    double ans = t * Math.exp(-z * z + poly);
    return x >= 0 ? ans : 2.0 - ans;
  }
}
