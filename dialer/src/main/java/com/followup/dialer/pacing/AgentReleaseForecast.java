package com.followup.dialer.pacing;

/** How many of the currently busy agents will have finished their calls some seconds from now. */
public interface AgentReleaseForecast {

  /** Mean and variance of the number of busy agents free within {@code seconds} from now. */
  Release within(double seconds);

  /** A count of agents as a mean and a variance. */
  record Release(double expected, double variance) {

    public Release {
      if (!(expected >= 0) || !(variance >= 0)) {
        throw new IllegalArgumentException("release mean and variance must be >= 0");
      }
    }
  }
}
