package com.followup.bench.forecast;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench.sh forecast [FOLLOW_UPS]}: FOLLOW_UPS (1,000,000) pending follow-ups spread
 * over the coming 7 days on a fresh MariaDB schema behind the packaged app; {@code GET
 * /api/forecast?days=7} timed by the client, median of 5 after one warm-up.
 */
public final class ForecastBenchmark implements Bench.Benchmark {

  static final String SCHEMA = "followup_test_bench_forecast";
  private static final int RUNS = 5;

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int followUps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("followUps", followUps);
    try (AppProcess app = AppProcess.start(url, List.of("-Xmx1g"), Map.of());
        Connection db = BenchDatabase.connect(SCHEMA)) {
      Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
      long seeding = System.nanoTime();
      new ForecastSeed(db).pending(followUps, from, Duration.ofDays(7).minusHours(2));
      System.out.printf(
          "seeded %,d follow-ups in %.1f s%n", followUps, (System.nanoTime() - seeding) / 1e9);
      String token = app.adminToken();
      String body = time(app, token, new ArrayList<>());
      List<Long> samples = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        body = time(app, token, samples);
      }
      List<Long> sorted = samples.stream().sorted().toList();
      result.put("forecastMs", Measures.percentile(sorted, 0.5));
      result.put(
          "statistic", "median of 5 after one warm-up; client time of GET /api/forecast?days=7");
      result.put("samplesMs", samples);
      result.put("pendingFollowUps", number(body, "pendingFollowUps"));
      result.put("peakAgentsNeeded", number(body, "peakAgentsNeeded"));
      result.put("missedWithRoster", number(body, "missedWithRoster"));
      result.put("responseBytes", body.length());
    }
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("forecast.json").toFile(), result);
    System.out.println("written " + resultsDir.resolve("forecast.json"));
  }

  private static String time(AppProcess app, String token, List<Long> samples) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = app.get("/api/forecast?days=7", token);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "forecast answered " + response.statusCode() + ": " + response.body());
    }
    samples.add(ms);
    return response.body();
  }

  private static Long number(String body, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : null;
  }
}
