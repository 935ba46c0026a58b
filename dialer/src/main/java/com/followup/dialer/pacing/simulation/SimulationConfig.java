package com.followup.dialer.pacing.simulation;

/**
 * One pacing simulation: a campaign of {@code agents} logged in all day for {@code days} days.
 *
 * @param answerDelayMinSeconds a person answers uniformly between this and the max, after dialing
 * @param connectLimitSeconds an answered call waiting longer than this for an agent is abandoned
 */
public record SimulationConfig(
    int agents,
    AnswerRateProfile answerRate,
    int answerDelayMinSeconds,
    int answerDelayMaxSeconds,
    double noAnswerTimeoutSeconds,
    double handleMeanSeconds,
    double handleCoefficientOfVariation,
    double connectLimitSeconds,
    double daySeconds,
    int days,
    long seed,
    double abandonmentCap) {

  public SimulationConfig {
    if (agents < 0 || days < 1 || answerRate == null) {
      throw new IllegalArgumentException("need agents >= 0, days >= 1 and an answer rate");
    }
    if (answerDelayMinSeconds < 0 || answerDelayMaxSeconds <= answerDelayMinSeconds) {
      throw new IllegalArgumentException("need 0 <= min answer delay < max answer delay");
    }
    if (!(noAnswerTimeoutSeconds > answerDelayMaxSeconds)) {
      throw new IllegalArgumentException("no-answer timeout must come after the latest answer");
    }
    if (!(handleMeanSeconds > 0) || !(handleCoefficientOfVariation > 0)) {
      throw new IllegalArgumentException("handle time mean and variation must be positive");
    }
    if (!(connectLimitSeconds >= 0) || !(daySeconds > 0) || !(abandonmentCap > 0)) {
      throw new IllegalArgumentException("connect limit, day length and cap must be positive");
    }
  }

  /**
   * The reference campaign: answer delay uniform 5–20 s, no-answer timeout 25 s, handle
   * time lognormal with mean 180 s and coefficient of variation 1, 2-s connect limit, 8-hour days,
   * 3 % cap.
   */
  public static SimulationConfig reference(int agents, double answerRate, int days, long seed) {
    return new SimulationConfig(
        agents,
        AnswerRateProfile.constant(answerRate),
        5,
        20,
        25,
        180,
        1.0,
        2,
        8 * 3600,
        days,
        seed,
        0.03);
  }

  /** The same campaign with a different answer-rate profile. */
  public SimulationConfig withAnswerRate(AnswerRateProfile profile) {
    return new SimulationConfig(
        agents,
        profile,
        answerDelayMinSeconds,
        answerDelayMaxSeconds,
        noAnswerTimeoutSeconds,
        handleMeanSeconds,
        handleCoefficientOfVariation,
        connectLimitSeconds,
        daySeconds,
        days,
        seed,
        abandonmentCap);
  }

  /**
   * Progressive occupancy from the formula AHT / (AHT + (p·E[delay] + (1−p)·timeout) / p): each
   * agent waits through 1/p attempts on average before a person answers.
   */
  public double analyticProgressiveOccupancy(double p) {
    double meanDelay = (answerDelayMinSeconds + answerDelayMaxSeconds) / 2.0;
    double waitPerConnect = (p * meanDelay + (1 - p) * noAnswerTimeoutSeconds) / p;
    return handleMeanSeconds / (handleMeanSeconds + waitPerConnect);
  }
}
