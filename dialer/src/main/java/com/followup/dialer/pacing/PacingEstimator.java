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
      return new HalfLives(400, 40, 300, 400);
    }
  }

  // A prior counts as this many observations, so the first real outcomes outweigh it.
  private static final double PRIOR_OBSERVATIONS = 20;

  private final double noAnswerTimeoutSeconds;
  private final double[] delayBins;
  private final DecayingAverage answerRate;
  private final DecayingAverage recentAnswerRate;
  private final DecayingAverage delayWeights;
  private final DecayingAverage logHandle;
  private final DecayingAverage logHandleSquareDeviation;
  private PacingEstimates current;

  /** Starts from {@code prior}, which recent outcomes soon outweigh. */
  public PacingEstimator(PacingEstimates prior, HalfLives halfLives) {
    this.noAnswerTimeoutSeconds = prior.noAnswerTimeoutSeconds();
    this.delayBins = new double[(int) Math.ceil(noAnswerTimeoutSeconds)];
    for (int i = 0; i < delayBins.length; i++) {
      delayBins[i] = prior.answerDelay().cdf(i + 1.0) - prior.answerDelay().cdf(i);
    }
    double p = prior.personAnswerRate();
    HandleTimeDistribution handle = prior.handleTime();
    this.answerRate = new DecayingAverage(p, halfLives.dialOutcomes(), PRIOR_OBSERVATIONS);
    this.recentAnswerRate = new DecayingAverage(p, halfLives.shiftOutcomes(), PRIOR_OBSERVATIONS);
    this.delayWeights = new DecayingAverage(0, halfLives.answers(), PRIOR_OBSERVATIONS);
    this.logHandle =
        new DecayingAverage(handle.logMean(), halfLives.handledCalls(), PRIOR_OBSERVATIONS);
    this.logHandleSquareDeviation =
        new DecayingAverage(
            handle.logSd() * handle.logSd(), halfLives.handledCalls(), PRIOR_OBSERVATIONS);
    this.current = prior;
  }

  /** A person answered after {@code delaySeconds} of ringing: learns the answer delay. */
  public void recordAnswerDelay(double delaySeconds) {
    if (!(delaySeconds >= 0) || !Double.isFinite(delaySeconds)) {
      throw new IllegalArgumentException("delay must be finite and >= 0: " + delaySeconds);
    }
    double weight = delayWeights.add(0);
    int bin = (int) Math.min(delaySeconds, delayBins.length - 1);
    for (int i = 0; i < delayBins.length; i++) {
      delayBins[i] *= 1.0 - weight;
    }
    delayBins[bin] += weight;
    current = null;
  }

  /**
   * Whether a person answered a dial: learns the answer rate. Report every dial's outcome the same
   * time after dialing, at the no-answer timeout, answered or not: answers come back sooner than
   * ring-outs, and learning them as they come would read every burst of dials as a jump in the
   * answer rate, first up and then down.
   */
  public void recordDialOutcome(boolean personAnswered) {
    learnAnswerRate(personAnswered ? 1.0 : 0.0);
    current = null;
  }

  private void learnAnswerRate(double outcome) {
    answerRate.add(outcome);
    recentAnswerRate.add(outcome);
    double quick = recentAnswerRate.value();
    double quickDecay = recentAnswerRate.decay();
    // 3.5 standard errors of the quick average: noise alone crosses that about once in 100,000
    // outcomes, a jump from 0.15 to 0.5 within a few dozen. Then the old history is forgotten.
    double spread = quick * (1 - quick) * quickDecay / (2 - quickDecay);
    if (Math.abs(quick - answerRate.value()) > 3.5 * Math.sqrt(spread)) {
      answerRate.restartAt(quick);
    }
  }

  /** A connected call ended after {@code handleSeconds} of talk. */
  public void recordHandled(double handleSeconds) {
    if (!(handleSeconds > 0)) {
      throw new IllegalArgumentException("handle time must be positive: " + handleSeconds);
    }
    double deviation = Math.log(handleSeconds) - logHandle.value();
    logHandle.add(Math.log(handleSeconds));
    logHandleSquareDeviation.add(deviation * deviation);
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
    double variance = Math.max(logHandleSquareDeviation.value(), 1e-6);
    double mean = Math.exp(logHandle.value() + variance / 2);
    double cv = Math.sqrt(Math.expm1(variance));
    // An answer rate of exactly zero would make every model divide by zero; a floor of 0.1 %
    // still reads as "almost nobody answers".
    return new PacingEstimates(
        Math.max(answerRate.value(), 0.001),
        AnswerDelayDistribution.fromBinWeights(delayBins.clone()),
        noAnswerTimeoutSeconds,
        new HandleTimeDistribution(mean, cv));
  }
}
