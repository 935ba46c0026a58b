package com.followup.bench.reports;

import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import com.followup.bench.SequenceSeed;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench.sh reports [ATTEMPTS FOLLOWUPS]}: a month (November 2026) of 1,000,000
 * attempts with their calls, agent state log and 300,000 ended follow-ups seeded into a fresh
 * schema; GET /api/reports?period=MONTH through the packaged app (median of 5, each after one hour
 * was marked stale in the attempts', agent-time and ended-steps roll-ups, as live dialing leaves
 * the current hour), beside the same attempt and follow-up figures by plain GROUP BY over the raw
 * rows.
 */
public final class ReportsBenchmark implements Bench.Benchmark {

  private static final String SCHEMA = "followup_test_bench_reports";
  private static final Instant FROM = Instant.parse("2026-10-31T16:00:00Z"); // 1 Nov, Shanghai
  private static final long MONTH_MICROS = 30L * 86_400 * 1_000_000;

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int followUps = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("attempts", attempts);
    result.put("followUps", followUps);
    try (AppProcess app = AppProcess.start(url, List.of("-Xmx1g"), Map.of());
        Connection db = BenchDatabase.connect(SCHEMA)) {
      long seedStart = System.nanoTime();
      ReportSeed.seed(db, attempts, followUps, FROM, MONTH_MICROS);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      String token = manager(app);
      String path = "/api/reports?period=MONTH&date=2026-11-15";
      long cold = time(app, path, token);
      List<Long> warm = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        for (String stale :
            new String[] {
              "dialer_report_stale", "dialer_agent_time_stale", "follow_up_report_stale"
            }) {
          SequenceSeed.exec(
              db, "INSERT IGNORE INTO " + stale + " (hour_start) VALUES ('2026-11-20 10:00:00')");
        }
        warm.add(time(app, path, token));
      }
      List<Long> raw = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        raw.add(rawGroupBy(db));
      }
      result.put("monthlyReportMs", median(warm));
      result.put("rawGroupByMs", median(raw));
      // FORECAST: the forecast benchmark's scenario (1,000,000 pending follow-ups, ids clear of
      // the report's) on this schema, after the report's runs
      Map<String, Object> forecast =
          com.followup.bench.forecast.ForecastBenchmark.scenario(app, db, 1_000_000, 100_000_001L);
      result.put("forecastMs", forecast.get("forecastMs"));
      result.put("forecastRunsMs", forecast.get("samplesMs"));
      result.put("statistic", "medians of 5; the report over HTTP (client time) after a warm-up");
      result.put("firstReportMs", cold);
      result.put("firstReportNote", "the first report rolls up every hour of the month");
      result.put("reportRunsMs", warm);
      result.put("rawGroupByRunsMs", raw);
      result.put(
          "stateLogEntries", Measures.count(db, "SELECT COUNT(*) FROM dialer_agent_state_log"));
      result.put("seedSeconds", Measures.round(seedSeconds));
    }
    Measures.print(result);
    new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("reports.json").toFile(), result);
  }

  private static long rawGroupBy(Connection db) throws Exception {
    long start = System.nanoTime();
    try (Statement s = db.createStatement()) {
      drain(s.executeQuery(ReportSeed.rawAttempts("2026-10-31 16:00:00", "2026-11-30 16:00:00")));
      drain(
          s.executeQuery(
              "SELECT DATE_FORMAT(settled_at, '%Y-%m-%d %H:00:00') AS h, dealer_code, campaign,"
                  + " step, status, missed_reason, settled_at <= deadline, COUNT(*) FROM follow_up"
                  + " IGNORE INDEX (ix_follow_up_settled) WHERE settled_at >= '2026-10-31 16:00:00'"
                  + " AND settled_at < '2026-11-30 16:00:00' AND status IN ('COMPLETED', 'MISSED')"
                  + " GROUP BY 1, 2, 3, 4, 5, 6, 7"));
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void drain(ResultSet rows) throws Exception {
    try (rows) {
      while (rows.next()) {
        rows.getString(1);
      }
    }
  }

  private static long time(AppProcess app, String path, String token) throws Exception {
    long start = System.nanoTime();
    // the first report of a fresh month rolls up all of its hours: longer than AppProcess waits
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri(path))
                    .timeout(java.time.Duration.ofMinutes(15))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("report failed: " + response.body());
    }
    return ms;
  }

  private static String manager(AppProcess app) throws Exception {
    String admin = app.adminToken();
    String body =
        "{\"username\":\"bench-manager\",\"password\":\"bench-password-1\",\"roles\":[\"MANAGER\"]}";
    app.post("/api/users", admin, "application/json", HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri("/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"bench-manager\",\"password\":\"bench-password-1\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login.body());
    if (!token.find()) {
      throw new IllegalStateException("manager login failed: " + login.body());
    }
    return token.group(1);
  }

  private static long median(List<Long> runs) {
    List<Long> sorted = new ArrayList<>(runs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
