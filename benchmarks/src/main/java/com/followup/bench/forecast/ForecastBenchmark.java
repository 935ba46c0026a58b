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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * /api/forecast?days=7} timed by the client, median of 5 after one warm-up, once the app has folded
 * the seed's pending-hour deltas into its hourly counts; beside it the forecast's grouped statement
 * over the raw follow_up rows (what the forecast ran before the counts), median of 5.
 */
public final class ForecastBenchmark implements Bench.Benchmark {

  static final String SCHEMA = "followup_test_bench_forecast";
  private static final int RUNS = 5;

  /** The forecast's statement over the raw rows, as CallableFollowUps#fromRows runs it. */
  private static final String RAW =
      "SELECT campaign, campaign_version, step, timezone, attempts, h, d, COUNT(*) FROM ("
          + "SELECT f.campaign, f.campaign_version, f.step, f.timezone, f.attempts,"
          + " TIMESTAMPDIFF(HOUR, ?, COALESCE(f.next_attempt_at, ?)) AS h,"
          + " TIMESTAMPDIFF(HOUR, ?, f.deadline) AS d FROM follow_up f WHERE f.wake_at < ? AND"
          + " f.status = 'SCHEDULED') t GROUP BY campaign, campaign_version, step, timezone,"
          + " attempts, h, d";

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int followUps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result;
    try (AppProcess app = AppProcess.start(url, List.of("-Xmx1g"), Map.of());
        Connection db = BenchDatabase.connect(SCHEMA)) {
      result = scenario(app, db, followUps, 1);
      List<Long> raw = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        raw.add(rawStatement(db));
      }
      result.put("rawStatementMs", Measures.percentile(raw.stream().sorted().toList(), 0.5));
      result.put("rawStatementSamplesMs", raw);
    }
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("forecast.json").toFile(), result);
    System.out.println("written " + resultsDir.resolve("forecast.json"));
  }

  /**
   * The forecast's scenario on a running app's schema: {@code followUps} pending follow-ups with
   * ids from {@code firstId} (free in that schema), then the timed forecasts; the figures measured.
   */
  public static Map<String, Object> scenario(
      AppProcess app, Connection db, int followUps, long firstId) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("followUps", followUps);
    Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
    long seeding = System.nanoTime();
    new ForecastSeed(db).pending(firstId, followUps, from, Duration.ofDays(7).minusHours(2));
    System.out.printf(
        "seeded %,d follow-ups in %.1f s%n", followUps, (System.nanoTime() - seeding) / 1e9);
    long folding = System.nanoTime();
    long deltas = waitForFolding(db, Duration.ofMinutes(3));
    result.put("seedDeltasFoldedSeconds", Measures.round((System.nanoTime() - folding) / 1e9));
    result.put("deltasLeftAtMeasurement", deltas);
    result.put("hourlyCountRows", Measures.count(db, "SELECT COUNT(*) FROM follow_up_pending"));
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
    return result;
  }

  /** Waits until the app's loop has folded the pending-hour deltas in; returns those left. */
  private static long waitForFolding(Connection db, Duration atMost) throws Exception {
    Instant until = Instant.now().plus(atMost);
    long left;
    while ((left = Measures.count(db, "SELECT COUNT(*) FROM follow_up_pending_delta")) > 0
        && Instant.now().isBefore(until)) {
      Thread.sleep(500);
    }
    return left;
  }

  private static long rawStatement(Connection db) throws Exception {
    Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS);
    String f = com.followup.bench.SequenceSeed.UTC.format(from);
    String until = com.followup.bench.SequenceSeed.UTC.format(from.plus(Duration.ofDays(7)));
    long start = System.nanoTime();
    try (PreparedStatement select = db.prepareStatement(RAW)) {
      select.setString(1, f);
      select.setString(2, f);
      select.setString(3, f);
      select.setString(4, until);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          rows.getLong(8);
        }
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
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
