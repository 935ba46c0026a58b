package com.followup.dialer.pacing.simulation;

/** What happened on one simulated day. */
public record DayReport(
    int day,
    long dials,
    long personAnswered,
    long connects,
    long abandoned,
    double handlingAgentSeconds,
    double loggedInAgentSeconds) {

  public DayReport {
    if (dials < 0 || personAnswered < 0 || connects < 0 || abandoned < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (abandoned > personAnswered || personAnswered > dials) {
      throw new IllegalArgumentException("need abandoned <= answered <= dials");
    }
  }

  /** Fraction of the agents' logged-in time spent handling calls. */
  public double occupancy() {
    return loggedInAgentSeconds == 0 ? 0.0 : handlingAgentSeconds / loggedInAgentSeconds;
  }

  /** Abandoned over person-answered; zero on a day without answers. */
  public double abandonmentRate() {
    return personAnswered == 0 ? 0.0 : (double) abandoned / personAnswered;
  }
}
