package com.followup.sla.evaluation;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many of a campaign's calls QA evaluates: {@code perAgentPerWeek} calls of each agent a week,
 * {@code problemShare} of them (rounded up) from calls with a problem (the customer not satisfied,
 * or a problem ticket raised on the call), the rest at random; {@code seed} makes the pick
 * reproducible.
 */
@Serdeable
public record SamplingRule(String campaign, int perAgentPerWeek, double problemShare, long seed) {

  public SamplingRule {
    if (campaign == null || campaign.isBlank()) {
      throw new IllegalArgumentException("campaign is required");
    }
    if (perAgentPerWeek < 0 || perAgentPerWeek > 200) {
      throw new IllegalArgumentException("perAgentPerWeek must be between 0 and 200");
    }
    if (!(problemShare >= 0 && problemShare <= 1)) {
      throw new IllegalArgumentException("problemShare must be between 0 and 1, like 0.5");
    }
  }
}
