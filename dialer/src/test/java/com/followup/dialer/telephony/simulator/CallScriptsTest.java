package com.followup.dialer.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallScriptsTest {

  static SimulatorSettings settings(Long seed, double humanRate) {
    return new SimulatorSettings(humanRate, 0.2, 0.05, 2, 20, 30, 30, 15, seed, 1);
  }

  static List<CallScript> draw(CallScripts scripts, int n) {
    List<CallScript> drawn = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      drawn.add(scripts.next());
    }
    return drawn;
  }

  @Test
  void the_same_seed_draws_the_same_calls() {
    assertThat(draw(new CallScripts(settings(7L, 0.3)), 500))
        .isEqualTo(draw(new CallScripts(settings(7L, 0.3)), 500));
    assertThat(draw(new CallScripts(settings(7L, 0.3)), 500))
        .isNotEqualTo(draw(new CallScripts(settings(8L, 0.3)), 500));
  }

  @Test
  void the_human_answer_rate_is_respected_over_many_calls() {
    for (double rate : new double[] {0.15, 0.3, 0.5}) {
      List<CallScript> calls = draw(new CallScripts(settings(11L, rate)), 20_000);
      double people =
          calls.stream().filter(c -> c.answer() == CallScript.Answer.PERSON).count()
              / (double) calls.size();
      assertThat(people).isBetween(rate - 0.015, rate + 0.015);
    }
  }

  @Test
  void answers_come_after_a_ring_between_the_minimum_and_the_maximum() {
    for (CallScript call : draw(new CallScripts(settings(3L, 0.3)), 2_000)) {
      if (call.answer() == CallScript.Answer.PERSON || call.answer() == CallScript.Answer.MACHINE) {
        assertThat(call.ringFor()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
      }
    }
  }
}
