package com.followup.dialer.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HandleTimeDistributionTest {

  private final HandleTimeDistribution handle = new HandleTimeDistribution(180, 1.0);

  @Test
  void the_chance_a_call_ends_soon_given_its_talk_so_far_matches_sampled_calls() {
    SplittableRandom random = new SplittableRandom(3);
    double sigma = handle.logSd();
    double mu = handle.logMean();
    int outlasted = 0;
    int endedWithinTwenty = 0;
    for (int i = 0; i < 400_000; i++) {
      double talk = Math.exp(mu + sigma * random.nextGaussian());
      if (talk > 240) {
        outlasted++;
        if (talk <= 260) {
          endedWithinTwenty++;
        }
      }
    }

    double sampled = (double) endedWithinTwenty / outlasted;
    assertThat(handle.probabilityEndsWithin(240, 20)).isCloseTo(sampled, within(0.005));
  }

  @Test
  void a_call_just_started_is_unlikely_to_end_in_the_next_twenty_seconds() {
    assertThat(handle.probabilityEndsWithin(0, 20)).isLessThan(0.02);
    assertThat(handle.probabilityEndsWithin(150, 20)).isGreaterThan(0.1);
    assertThat(handle.meanSeconds()).isEqualTo(180);
  }
}
