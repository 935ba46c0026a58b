package com.followup.dialer.pacing;

/**
 * An exponentially decaying average that starts as a plain running mean: observation n gets weight
 * max(1 / (n + priorWeight), decay), so a starting value worth {@code priorWeight} observations
 * washes out quickly, and afterwards the weight of each observation halves every half-life.
 */
final class DecayingAverage {

  private final double decay;
  private final double priorWeight;
  private double value;
  private long observations;

  DecayingAverage(double start, double halfLife, double priorWeight) {
    this.decay = 1.0 - Math.pow(0.5, 1.0 / halfLife);
    this.priorWeight = priorWeight;
    this.value = start;
  }

  /** Adds an observation; returns the weight it was given. */
  double add(double observation) {
    double weight = nextWeight();
    value += weight * (observation - value);
    observations++;
    return weight;
  }

  /** The weight the next observation will get. */
  double nextWeight() {
    return Math.max(decay, 1.0 / (observations + 1 + priorWeight));
  }

  /** Forgets the history: restarts from {@code start}, worth {@code priorWeight} observations. */
  void restartAt(double start) {
    value = start;
    observations = 0;
  }

  double value() {
    return value;
  }

  /** The long-run weight of one observation. */
  double decay() {
    return decay;
  }
}
