package com.followup.dialer.pacing;

/**
 * What the dialer currently believes about its calls, learned from recent outcomes.
 *
 * @param personAnswerRate share of dials a person answers (0..1]
 * @param answerDelay time from dialing to a person answering, given they answer
 * @param noAnswerTimeoutSeconds how long an unanswered call rings before it is given up
 * @param handleTime talk time of a connected call
 */
public record PacingEstimates(
    double personAnswerRate,
    AnswerDelayDistribution answerDelay,
    double noAnswerTimeoutSeconds,
    HandleTimeDistribution handleTime) {

  public PacingEstimates {
    if (!(personAnswerRate > 0 && personAnswerRate <= 1)) {
      throw new IllegalArgumentException(
          "person-answer rate must be in (0, 1]: " + personAnswerRate);
    }
    if (answerDelay == null || handleTime == null) {
      throw new IllegalArgumentException("answer delay and handle time are required");
    }
    if (!(noAnswerTimeoutSeconds > 0) || !Double.isFinite(noAnswerTimeoutSeconds)) {
      throw new IllegalArgumentException("no-answer timeout must be positive");
    }
  }

  /** P(a new call is answered by a person within {@code seconds}). */
  public double newCallAnsweredWithin(double seconds) {
    return personAnswerRate * answerDelay.cdf(seconds);
  }

  /**
   * P(a call that has rung {@code rangSeconds} without an answer is answered within the next {@code
   * seconds}).
   */
  public double ringingCallAnsweredWithin(double rangSeconds, double seconds) {
    if (rangSeconds >= noAnswerTimeoutSeconds) {
      return 0.0;
    }
    double stillToAnswer = personAnswerRate * (1.0 - answerDelay.cdf(rangSeconds));
    double stillRinging = stillToAnswer + (1.0 - personAnswerRate);
    if (stillRinging <= 0) {
      return 0.0;
    }
    double answeredInWindow =
        personAnswerRate * (answerDelay.cdf(rangSeconds + seconds) - answerDelay.cdf(rangSeconds));
    return answeredInWindow / stillRinging;
  }
}
