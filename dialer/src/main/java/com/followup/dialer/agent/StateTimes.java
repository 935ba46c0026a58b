package com.followup.dialer.agent;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long an agent spent in each state over a period, from the state log.
 *
 * @param byState time per state (every state listed, zero when none)
 * @param pausedByReason PAUSED time per reason given (every reason listed)
 * @param pausedWithoutReason PAUSED time with no reason given
 */
public record StateTimes(
    Map<AgentState, Duration> byState,
    Map<PauseReason, Duration> pausedByReason,
    Duration pausedWithoutReason) {

  public StateTimes {
    byState = Collections.unmodifiableMap(new EnumMap<>(byState));
    pausedByReason = Collections.unmodifiableMap(new EnumMap<>(pausedByReason));
  }

  /** No time in any state. */
  public static StateTimes none() {
    return new Accumulator().times();
  }

  public Duration of(AgentState state) {
    return byState.get(state);
  }

  /** The time of both (of two spans of a period, say). */
  public StateTimes plus(StateTimes other) {
    Accumulator sum = new Accumulator();
    for (StateTimes t : new StateTimes[] {this, other}) {
      t.byState.forEach(
          (state, d) -> {
            if (state != AgentState.PAUSED) {
              sum.add(state, null, d);
            }
          });
      t.pausedByReason.forEach((reason, d) -> sum.add(AgentState.PAUSED, reason, d));
      sum.add(AgentState.PAUSED, null, t.pausedWithoutReason);
    }
    return sum.times();
  }

  /** Adds up spans of states, in any order. */
  static final class Accumulator {
    private final Map<AgentState, Duration> byState = new EnumMap<>(AgentState.class);
    private final Map<PauseReason, Duration> byReason = new EnumMap<>(PauseReason.class);
    private Duration withoutReason = Duration.ZERO;

    Accumulator() {
      for (AgentState state : AgentState.values()) {
        byState.put(state, Duration.ZERO);
      }
      for (PauseReason reason : PauseReason.values()) {
        byReason.put(reason, Duration.ZERO);
      }
    }

    void add(AgentState state, PauseReason reason, Duration span) {
      if (span.isNegative() || span.isZero()) {
        return;
      }
      byState.merge(state, span, Duration::plus);
      if (state == AgentState.PAUSED) {
        if (reason == null) {
          withoutReason = withoutReason.plus(span);
        } else {
          byReason.merge(reason, span, Duration::plus);
        }
      }
    }

    StateTimes times() {
      return new StateTimes(byState, byReason, withoutReason);
    }
  }
}
