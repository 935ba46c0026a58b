package com.followup.dialer.pacing.simulation;

import java.util.List;

/** The outcome of a pacing simulation, day by day and over all days. */
public record SimulationReport(List<DayReport> days) {

  public SimulationReport {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one day");
    }
    days = List.copyOf(days);
  }

  /** Fraction of all agents' logged-in time spent handling calls. */
  public double occupancy() {
    double handling = days.stream().mapToDouble(DayReport::handlingAgentSeconds).sum();
    double loggedIn = days.stream().mapToDouble(DayReport::loggedInAgentSeconds).sum();
    return loggedIn == 0 ? 0.0 : handling / loggedIn;
  }

  /** Abandoned over person-answered across all days. */
  public double abandonmentRate() {
    long answered = personAnswered();
    return answered == 0 ? 0.0 : (double) abandoned() / answered;
  }

  public double maxDailyAbandonmentRate() {
    return days.stream().mapToDouble(DayReport::abandonmentRate).max().orElse(0.0);
  }

  public long dials() {
    return days.stream().mapToLong(DayReport::dials).sum();
  }

  public long personAnswered() {
    return days.stream().mapToLong(DayReport::personAnswered).sum();
  }

  public long connects() {
    return days.stream().mapToLong(DayReport::connects).sum();
  }

  public long abandoned() {
    return days.stream().mapToLong(DayReport::abandoned).sum();
  }
}
