package com.followup.dialer.pacing.simulation;

import com.followup.dialer.pacing.AgentReleaseForecast;
import java.util.List;

/** The oracle's forecast: the true remaining talk times, so no uncertainty. */
record KnownReleaseForecast(List<Double> remainingSeconds) implements AgentReleaseForecast {

  @Override
  public Release within(double seconds) {
    int free = 0;
    for (double remaining : remainingSeconds) {
      if (remaining <= seconds) {
        free++;
      }
    }
    return new Release(free, 0.0);
  }
}
