package com.followup.sla.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the calls of one campaign and week for QA, per agent, by a rule: the same candidates and
 * seed give the same pick in any order of reading, and a call already queued counts towards its
 * agent's quota.
 */
public final class Sampler {

  /** A pick and why it was picked. */
  public record Pick(SampledCall call, String reason) {}

  private Sampler() {}

  /**
   * @param queued how many calls of each agent are in the queue for this week already
   */
  public static List<Pick> pick(
      SamplingRule rule, String week, List<SampledCall> candidates, Map<String, Integer> queued) {
    Map<String, List<SampledCall>> byAgent = new LinkedHashMap<>();
    candidates.stream()
        .sorted(Comparator.comparing(SampledCall::agent).thenComparingLong(SampledCall::attemptId))
        .forEach(c -> byAgent.computeIfAbsent(c.agent(), a -> new ArrayList<>()).add(c));
    List<Pick> picks = new ArrayList<>();
    byAgent.forEach(
        (agent, calls) -> {
          int wanted = rule.perAgentPerWeek() - queued.getOrDefault(agent, 0);
          if (wanted <= 0) {
            return;
          }
          Comparator<SampledCall> shuffled =
              Comparator.comparingLong(c -> mix(rule.seed(), week, c.attemptId()));
          List<SampledCall> problems =
              calls.stream().filter(SampledCall::problem).sorted(shuffled).toList();
          int fromProblems =
              Math.min(
                  problems.size(), (int) Math.ceil(rule.perAgentPerWeek() * rule.problemShare()));
          List<SampledCall> taken =
              new ArrayList<>(problems.subList(0, Math.min(fromProblems, wanted)));
          taken.forEach(c -> picks.add(new Pick(c, "PROBLEM")));
          calls.stream()
              .filter(c -> !taken.contains(c))
              .sorted(shuffled)
              .limit(Math.max(0, wanted - taken.size()))
              .forEach(c -> picks.add(new Pick(c, "RANDOM")));
        });
    return picks;
  }

  /** A well-spread 64-bit hash of the seed, the week and the call (SplitMix64's finaliser). */
  static long mix(long seed, String week, long attemptId) {
    long z = seed ^ (31L * week.hashCode()) ^ (attemptId * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
