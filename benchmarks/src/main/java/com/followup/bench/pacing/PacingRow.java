package com.followup.bench.pacing;

import com.followup.dialer.pacing.simulation.SimulationConfig;
import com.followup.dialer.pacing.simulation.SimulationReport;

/** One line of benchmarks/results/pacing.json; rates are fractions 0..1. */
record PacingRow(
    int agents,
    double humanAnswerRate,
    String mode,
    double occupancy,
    double abandonmentRate30d,
    double maxDailyAbandonmentRate,
    int days,
    long seed,
    long dials,
    long connects,
    long abandoned,
    double analyticProgressive,
    double runSeconds) {

  static PacingRow of(
      SimulationConfig config, String mode, SimulationReport report, double runSeconds) {
    double p = config.answerRate().initialRate();
    return new PacingRow(
        config.agents(),
        p,
        mode,
        report.occupancy(),
        report.abandonmentRate(),
        report.maxDailyAbandonmentRate(),
        config.days(),
        config.seed(),
        report.dials(),
        report.connects(),
        report.abandoned(),
        config.analyticProgressiveOccupancy(p),
        runSeconds);
  }
}
