package com.followup.dialer.pacing;

/**
 * Learns a campaign's {@link PacingEstimates} from observed call outcomes, weighting recent
 * outcomes more: each estimate is an exponentially decaying average whose weight on an outcome
 * halves after a set number of later outcomes. Not thread-safe; one per campaign pacing loop.
 */
public final class PacingEstimator {

  /**
   * How many later outcomes halve the weight of an observation.
   *
   * @param dialOutcomes for the person-answer rate (answered or not, per dial)
   * @param shiftOutcomes for a quick second view of the answer rate that, when it strays too far
   *     from the steady one, replaces it: answer rates jump when a list or time slot changes
   * @param answers for the answer-delay histogram (per person-answered call)
   * @param handledCalls for the handle-time distribution (per finished call)
   */
  public record HalfLives(
      double dialOutcomes, double shiftOutcomes, double answers, double handledCalls) {

    public HalfLives {
      if (!(dialOutcomes >= 1 && shiftOutcomes >= 1 && answers >= 1 && handledCalls >= 1)) {
        throw new IllegalArgumentException("half-lives must be at least one observation");
      }
    }

    /**
     * Quick enough to follow an answer rate that jumps within a day, steady enough not to chase
     * noise.
     */
    public static HalfLives defaults() {
      return new HalfLives(150, 40, 300, 400);
    }
  }

  private final double noAnswerTimeoutSeconds;
  private final double answerWeight;
  private final double shiftWeight;
  private final double delayWeight;
  private final double handleWeight;
  private final double[] delayBins;
  private double answerRate;
  private double recentAnswerRate;
  private double logHandleMean;
  private double logHandleVariance;
  private PacingEstimates current;

  /** Starts from {@code prior}, which recent outcomes soon outweigh. */
  public PacingEstimator(PacingEstimates prior, HalfLives halfLives) {
    this.noAnswerTimeoutSeconds = prior.noAnswerTimeoutSeconds();
    this.answerWeight = weightFor(halfLives.dialOutcomes());
    this.shiftWeight = weightFor(halfLives.shiftOutcomes());
    this.delayWeight = weightFor(halfLives.answers());
    this.handleWeight = weightFor(halfLives.handledCalls());
    this.delayBins = new double[(int) Math.ceil(noAnswerTimeoutSeconds)];
    for (int i = 0; i < delayBins.length; i++) {
      delayBins[i] = prior.answerDelay().cdf(i + 1.0) - prior.answerDelay().cdf(i);
    }
    this.answerRate = prior.personAnswerRate();
    this.recentAnswerRate = answerRate;
    this.logHandleMean = prior.handleTime().logMean();
    this.logHandleVariance = Math.pow(prior.handleTime().logSd(), 2);
    this.current = prior;
  }

  /** A person answered after {@code delaySeconds} of ringing. */
  public void recordAnswered(double delaySeconds) {
    requireNonNegative(delaySeconds);
    learnAnswerRate(1.0);
    int bin = (int) Math.min(delaySeconds, delayBins.length - 1);
    for (int i = 0; i < delayBins.length; i++) {
      delayBins[i] *= 1.0 - delayWeight;
    }
    delayBins[bin] += delayWeight;
    current = null;
  }

  /** A call rang out, reached a machine, or failed: anything but a person answering. */
  public void recordNotAnswered() {
    learnAnswerRate(0.0);
    current = null;
  }

  private void learnAnswerRate(double outcome) {
    answerRate += answerWeight * (outcome - answerRate);
    recentAnswerRate += shiftWeight * (outcome - recentAnswerRate);
    // Three standard errors of the quick average: noise crosses that about once in 400 outcomes,
    // a real jump crosses it within a few dozen.
    double spread = recentAnswerRate * (1 - recentAnswerRate) * shiftWeight / (2 - shiftWeight);
    if (Math.abs(recentAnswerRate - answerRate) > 3 * Math.sqrt(spread)) {
      answerRate = recentAnswerRate;
    }
  }

  /** A connected call ended after {@code handleSeconds} of talk. */
  public void recordHandled(double handleSeconds) {
    if (!(handleSeconds > 0)) {
      throw new IllegalArgumentException("handle time must be positive: " + handleSeconds);
    }
    double deviation = Math.log(handleSeconds) - logHandleMean;
    logHandleMean += handleWeight * deviation;
    logHandleVariance =
        (1.0 - handleWeight) * (logHandleVariance + handleWeight * deviation * deviation);
    current = null;
  }

  /** The estimates as of the last recorded outcome. */
  public PacingEstimates estimates() {
    if (current == null) {
      current = computeEstimates();
    }
    return current;
  }

  private PacingEstimates computeEstimates() {
    double variance = Math.max(logHandleVariance, 1e-6);
    double mean = Math.exp(logHandleMean + variance / 2);
    double cv = Math.sqrt(Math.expm1(variance));
    // An answer rate of exactly zero would make every model divide by zero; a floor of 0.1 %
    // still reads as "almost nobody answers".
    return new PacingEstimates(
        Math.max(answerRate, 0.001),
        AnswerDelayDistribution.fromBinWeights(delayBins.clone()),
        noAnswerTimeoutSeconds,
        new HandleTimeDistribution(mean, cv));
  }

  private static double weightFor(double halfLife) {
    return 1.0 - Math.pow(0.5, 1.0 / halfLife);
  }

  private static void requireNonNegative(double seconds) {
    if (!(seconds >= 0) || !Double.isFinite(seconds)) {
      throw new IllegalArgumentException("delay must be finite and >= 0: " + seconds);
    }
  }
}
