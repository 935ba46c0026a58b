package com.followup.bench;

import com.followup.bench.sla.SlaBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Runs one benchmark by name: {@code scripts/bench.sh NAME}. */
public final class Bench {

  /** A benchmark prints its table and writes benchmarks/results/NAME.json. */
  public interface Benchmark {
    void run(Path resultsDir, String[] args) throws Exception;
  }

  private static final Map<String, Supplier<Benchmark>> BENCHMARKS = new TreeMap<>();

  static {
    BENCHMARKS.put("console", com.followup.bench.console.ConsoleBenchmark::new);
    BENCHMARKS.put("departments", com.followup.bench.departments.DepartmentsBenchmark::new);
    BENCHMARKS.put("dispatch", com.followup.bench.dispatch.DispatchBenchmark::new);
    BENCHMARKS.put("faults", com.followup.bench.faults.FaultSuite::new);
    BENCHMARKS.put("forecast", com.followup.bench.forecast.ForecastBenchmark::new);
    BENCHMARKS.put("idle", com.followup.bench.idle.IdleBenchmark::new);
    BENCHMARKS.put("ingest", com.followup.bench.ingest.IngestBenchmark::new);
    BENCHMARKS.put("progress", com.followup.bench.console.ProgressQueries::new);
    BENCHMARKS.put("pacing", com.followup.bench.pacing.PacingBenchmark::new);
    BENCHMARKS.put("reports", com.followup.bench.reports.ReportsBenchmark::new);
    BENCHMARKS.put("sla", SlaBenchmark::new);
  }

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
      System.err.println("usage: scripts/bench.sh NAME, NAME one of " + BENCHMARKS.keySet());
      System.exit(2);
    }
    Path results = Path.of(System.getProperty("bench.results", "benchmarks/results"));
    Files.createDirectories(results);
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    BENCHMARKS.get(args[0]).get().run(results, rest);
  }
}
