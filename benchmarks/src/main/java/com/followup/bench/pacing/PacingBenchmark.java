package com.followup.bench.pacing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.Bench;
import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.pacing.PacingPolicy;
import com.followup.dialer.pacing.PredictiveSettings;
import com.followup.dialer.pacing.simulation.PacingSimulation;
import com.followup.dialer.pacing.simulation.SimulatedPolicy;
import com.followup.dialer.pacing.simulation.SimulationConfig;
import com.followup.dialer.pacing.simulation.SimulationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code scripts/bench.sh pacing [--days D] [--seed S]}: progressive, predictive and the oracle on
 * the reference campaign for N ∈ {5, 10, 20, 50} agents and p ∈ {0.15, 0.30, 0.50}, all for
 * D simulated 8-hour days (default 30), runs spread over the cores.
 */
public final class PacingBenchmark implements Bench.Benchmark {

  private static final int[] AGENTS = {5, 10, 20, 50};
  private static final double[] ANSWER_RATES = {0.15, 0.30, 0.50};
  private static final Map<String, Supplier<SimulatedPolicy>> MODES =
      Map.of(
          "progressive",
          () -> SimulatedPolicy.live(PacingPolicy.forMode(PacingMode.PROGRESSIVE)),
          "predictive",
          () -> SimulatedPolicy.live(PacingPolicy.forMode(PacingMode.PREDICTIVE)),
          "oracle",
          () -> SimulatedPolicy.oracle(PredictiveSettings.defaults()));
  private static final List<String> MODE_ORDER = List.of("progressive", "predictive", "oracle");

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int days = intOption(args, "--days", 30);
    long seed = intOption(args, "--seed", 20261123);
    long started = System.nanoTime();
    List<PacingRow> rows = runGrid(days, seed);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.println(PacingTable.render(rows));
    System.out.printf("%d simulations of %d days each in %.0f s%n", rows.size(), days, seconds);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("pacing.json").toFile(), Map.of("rows", rows));
  }

  private static List<PacingRow> runGrid(int days, long seed) {
    List<SimulationConfig> configs = new ArrayList<>();
    for (int agents : AGENTS) {
      for (double p : ANSWER_RATES) {
        configs.add(SimulationConfig.reference(agents, p, days, seed));
      }
    }
    List<Run> runs = new ArrayList<>();
    configs.forEach(config -> MODE_ORDER.forEach(mode -> runs.add(new Run(config, mode))));
    // Every run has its own seeded random stream, so running them in parallel changes nothing.
    return runs.parallelStream().map(Run::measure).toList();
  }

  private record Run(SimulationConfig config, String mode) {

    PacingRow measure() {
      long started = System.nanoTime();
      SimulationReport report = PacingSimulation.run(config, MODES.get(mode).get());
      double seconds = (System.nanoTime() - started) / 1e9;
      return PacingRow.of(config, mode, report, seconds);
    }
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
