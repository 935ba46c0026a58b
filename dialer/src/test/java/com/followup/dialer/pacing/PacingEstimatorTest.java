package com.followup.dialer.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PacingEstimatorTest {

  private final SplittableRandom random = new SplittableRandom(11);
  private final PacingEstimator estimator =
      new PacingEstimator(
          new PacingEstimates(
              0.9, AnswerDelayDistribution.uniform(0, 25), 25, new HandleTimeDistribution(60, 0.3)),
          PacingEstimator.HalfLives.defaults());

  @Test
  void estimates_converge_to_the_true_answer_rate_delay_and_handle_time() {
    dial(5000, 0.3);
    for (int i = 0; i < 5000; i++) {
      estimator.recordHandled(lognormal(180, 1.0));
    }

    PacingEstimates learned = estimator.estimates();
    assertThat(learned.personAnswerRate()).isCloseTo(0.3, within(0.04));
    assertThat(learned.answerDelay().meanSeconds()).isCloseTo(13.0, within(1.0));
    assertThat(learned.answerDelay().cdf(4.9)).isLessThan(0.01);
    assertThat(learned.handleTime().meanSeconds()).isCloseTo(180, within(25.0));
    assertThat(learned.handleTime().coefficientOfVariation()).isCloseTo(1.0, within(0.2));
  }

  @Test
  void the_answer_rate_follows_a_jump_within_a_few_hundred_dials() {
    dial(3000, 0.15);
    assertThat(estimator.estimates().personAnswerRate()).isCloseTo(0.15, within(0.04));

    dial(200, 0.5);

    assertThat(estimator.estimates().personAnswerRate()).isCloseTo(0.5, within(0.08));
  }

  private void dial(int calls, double answerRate) {
    for (int i = 0; i < calls; i++) {
      boolean answered = random.nextDouble() < answerRate;
      if (answered) {
        estimator.recordAnswerDelay(random.nextDouble(5, 20));
      }
      estimator.recordDialOutcome(answered);
    }
  }

  private double lognormal(double mean, double cv) {
    double sigma = Math.sqrt(Math.log1p(cv * cv));
    double mu = Math.log(mean) - sigma * sigma / 2;
    return Math.exp(mu + sigma * random.nextGaussian());
  }
}
