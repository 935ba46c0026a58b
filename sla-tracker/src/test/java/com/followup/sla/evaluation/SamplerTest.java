package com.followup.sla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** QA's sample of a week's calls: quotas per agent, problems first, reproducible by its seed. */
class SamplerTest {

  // agent a: 20 calls, two with a problem (3 and 17); agent b: 2 calls
  static final List<SampledCall> CALLS = calls();

  static List<SampledCall> calls() {
    List<SampledCall> calls = new ArrayList<>();
    LongStream.rangeClosed(1, 20)
        .forEach(id -> calls.add(new SampledCall(id, "a", id == 3 || id == 17)));
    calls.add(new SampledCall(101, "b", false));
    calls.add(new SampledCall(102, "b", false));
    return calls;
  }

  static Set<Long> ids(List<Sampler.Pick> picks, String agent) {
    return picks.stream()
        .filter(p -> p.call().agent().equals(agent))
        .map(p -> p.call().attemptId())
        .collect(Collectors.toSet());
  }

  @Test
  void each_agent_gets_its_quota_with_the_problems_first_up_to_their_share() {
    SamplingRule rule = new SamplingRule("purchase", 3, 0.5, 42);

    List<Sampler.Pick> picks = Sampler.pick(rule, "2026-W48", CALLS, Map.of());

    assertThat(ids(picks, "a")).hasSize(3).contains(3L, 17L);
    assertThat(picks.stream().filter(p -> p.reason().equals("PROBLEM")))
        .extracting(p -> p.call().attemptId())
        .containsExactlyInAnyOrder(3L, 17L);
    assertThat(ids(picks, "b")).containsExactlyInAnyOrder(101L, 102L);
  }

  @Test
  void the_same_seed_and_week_pick_the_same_calls_in_any_order_of_reading() {
    SamplingRule rule = new SamplingRule("purchase", 4, 0, 7);
    List<SampledCall> shuffled = new ArrayList<>(CALLS);
    Collections.shuffle(shuffled, new Random(1));

    Set<Long> first = ids(Sampler.pick(rule, "2026-W48", CALLS, Map.of()), "a");
    Set<Long> again = ids(Sampler.pick(rule, "2026-W48", shuffled, Map.of()), "a");
    Set<Long> otherSeed =
        ids(Sampler.pick(new SamplingRule("purchase", 4, 0, 8), "2026-W48", CALLS, Map.of()), "a");

    assertThat(again).isEqualTo(first).hasSize(4);
    assertThat(otherSeed).hasSize(4).isNotEqualTo(first);
  }

  @Test
  void calls_queued_before_count_towards_the_quota() {
    SamplingRule rule = new SamplingRule("purchase", 3, 0, 42);

    List<Sampler.Pick> picks = Sampler.pick(rule, "2026-W48", CALLS, Map.of("a", 2, "b", 3));

    assertThat(ids(picks, "a")).hasSize(1);
    assertThat(ids(picks, "b")).isEmpty();
  }
}
