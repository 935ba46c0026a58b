package com.followup.dialer.dialing;

import com.followup.dialer.agent.AgentState;
import com.followup.dialer.pacing.AbandonmentBudget;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dialer's live metrics: {@code followup.dialer.dials}, {@code .connects}, {@code .abandoned},
 * {@code .placement.failures} (counters by campaign), {@code followup.dialer.agents} (gauge by
 * state), {@code followup.dialer.occupancy} (share of logged-in agents on a call or in wrap-up) and
 * the abandonment gauges by campaign.
 */
@Singleton
public class DialMetrics {

  private final MeterRegistry registry;
  private final Map<AgentState, AtomicInteger> agents = new EnumMap<>(AgentState.class);
  private final Map<String, double[]> abandonment = new ConcurrentHashMap<>();

  DialMetrics(@Nullable MeterRegistry registry) {
    this.registry = registry == null ? new SimpleMeterRegistry() : registry;
    for (AgentState state : AgentState.values()) {
      AtomicInteger count = new AtomicInteger();
      agents.put(state, count);
      this.registry.gauge(
          "followup.dialer.agents",
          io.micrometer.core.instrument.Tags.of("state", state.name()),
          count);
    }
    this.registry.gauge("followup.dialer.occupancy", agents, DialMetrics::occupancy);
  }

  void dialed(String campaign) {
    registry.counter("followup.dialer.dials", "campaign", campaign).increment();
  }

  void connected(String campaign) {
    registry.counter("followup.dialer.connects", "campaign", campaign).increment();
  }

  void abandoned(String campaign) {
    registry.counter("followup.dialer.abandoned", "campaign", campaign).increment();
  }

  void placementFailed(String campaign) {
    registry.counter("followup.dialer.placement.failures", "campaign", campaign).increment();
  }

  /**
   * The campaign's abandonment as the pacing loop last read it (every few seconds while it dials):
   * {@code followup.dialer.abandonment.rate.30d}, {@code .rate.today} and {@code .cap}.
   */
  void abandonment(String campaign, AbandonmentBudget budget) {
    double[] rates =
        abandonment.computeIfAbsent(
            campaign,
            c -> {
              double[] made = new double[3];
              Tags tags = Tags.of("campaign", c);
              registry.gauge("followup.dialer.abandonment.rate.30d", tags, made, r -> r[0]);
              registry.gauge("followup.dialer.abandonment.rate.today", tags, made, r -> r[1]);
              registry.gauge("followup.dialer.abandonment.cap", tags, made, r -> r[2]);
              return made;
            });
    rates[0] = budget.rate30Days();
    rates[1] = budget.rateToday();
    rates[2] = budget.cap();
  }

  void agents(Map<AgentState, Integer> byState) {
    byState.forEach((state, count) -> agents.get(state).set(count));
  }

  private static double occupancy(Map<AgentState, AtomicInteger> agents) {
    double busy = agents.get(AgentState.ON_CALL).get() + agents.get(AgentState.WRAP_UP).get();
    double loggedIn = busy + agents.get(AgentState.READY).get();
    return loggedIn == 0 ? 0 : busy / loggedIn;
  }
}
