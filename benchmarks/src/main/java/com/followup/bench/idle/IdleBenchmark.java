package com.followup.bench.idle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import com.followup.bench.sla.QueryCountingProxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * scripts/bench.sh idle [settleSeconds] [measureSeconds]: 1, 2 and 3 instances of the real app on
 * one fresh database with no work; the statements they send per second in total, counted by a
 * proxy in front of MariaDB (only the apps' traffic, whatever else the shared server does). Then,
 * with two instances, the one holding most due-work loops is killed (SIGKILL) and the time until
 * the other runs every loop is measured.
 */
public final class IdleBenchmark implements Bench.Benchmark {

  private static final int PORT = 3306;
  private static final String SCHEMA = "followup_test_bench_idle";
  private static final Pattern INSTANCE_ID = Pattern.compile("\"instanceId\":\"([^\"]+)\"");

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    Duration settle = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 30);
    Duration measure = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 60);
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> takeover = null;
    for (int count = 1; count <= 3; count++) {
      BenchDatabase.fresh(SCHEMA);
      try (QueryCountingProxy proxy = new QueryCountingProxy(PORT)) {
        List<AppProcess> apps = start(proxy, count);
        try {
          System.out.printf("%d instance(s) up; settling %d s …%n", count, settle.toSeconds());
          Thread.sleep(settle.toMillis());
          rows.add(idle(proxy, count, measure));
          if (count == 2) {
            takeover = takeover(apps);
          }
        } finally {
          for (AppProcess app : apps) {
            app.close();
          }
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("instances", rows);
    result.put("settleSeconds", settle.toSeconds());
    result.put("measureSeconds", measure.toSeconds());
    result.put("takeover", takeover);
    System.out.println();
    System.out.println("| instances | statements/s | pings/s |");
    System.out.println("| --- | --- | --- |");
    for (Map<String, Object> row : rows) {
      System.out.printf(
          "| %s | %s | %s |%n",
          row.get("count"), row.get("statementsPerSecond"), row.get("pingsPerSecond"));
    }
    if (takeover != null) {
      Measures.print(takeover);
    }
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("idle.json").toFile(), result);
  }

  private static List<AppProcess> start(QueryCountingProxy proxy, int count) throws Exception {
    String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + SCHEMA + "?sslMode=DISABLED";
    List<AppProcess> apps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // one at a time: the first migrates the fresh schema, the others find it current
      apps.add(AppProcess.start(url, List.of("-Xmx512m"), Map.of()));
    }
    return apps;
  }

  private static Map<String, Object> idle(QueryCountingProxy proxy, int count, Duration measure)
      throws InterruptedException {
    proxy.statements.clear();
    long queries0 = proxy.queries.get();
    long pings0 = proxy.pings.get();
    proxy.recording = true;
    Thread.sleep(measure.toMillis());
    proxy.recording = false;
    double seconds = measure.toMillis() / 1000.0;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("count", count);
    row.put("statementsPerSecond", Measures.round((proxy.queries.get() - queries0) / seconds));
    row.put("pingsPerSecond", Measures.round((proxy.pings.get() - pings0) / seconds));
    Map<String, Long> top = new LinkedHashMap<>();
    proxy.statements.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .limit(16)
        .forEach(e -> top.put(e.getKey(), e.getValue().sum()));
    System.out.printf(
        "%d instance(s): %s statements/s; the most sent in %d s:%n",
        count, row.get("statementsPerSecond"), measure.toSeconds());
    top.forEach((k, v) -> System.out.printf("%6d  %s%n", v, k));
    row.put("top", top);
    return row;
  }

  /** Kills the instance running most due-work loops; how long until the other runs them all. */
  private static Map<String, Object> takeover(List<AppProcess> apps) throws Exception {
    Map<String, AppProcess> byId = new HashMap<>();
    for (AppProcess app : apps) {
      Matcher id = INSTANCE_ID.matcher(app.get("/health", app.adminToken()).body());
      if (!id.find()) {
        throw new IllegalStateException("no instance id in /health");
      }
      byId.put(id.group(1), app);
    }
    try (Connection db = BenchDatabase.connect(SCHEMA)) {
      Map<String, Integer> held = loopsByInstance(db);
      int loops = held.values().stream().mapToInt(Integer::intValue).sum();
      String victim =
          held.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      String survivor =
          byId.keySet().stream().filter(id -> !id.equals(victim)).findFirst().orElseThrow();
      System.out.printf("loops held %s; killing %s (SIGKILL) …%n", held, victim);
      long killed = System.nanoTime();
      byId.get(victim).kill();
      long deadline = killed + Duration.ofMinutes(3).toNanos();
      Integer running = 0;
      while (System.nanoTime() < deadline) {
        running = loopsByInstance(db).getOrDefault(survivor, 0);
        if (running >= loops) {
          break;
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - killed) / 1e9;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("loops", loops);
      result.put("loopsOnKilledInstance", held.get(victim));
      result.put("loopsOnSurvivorAfter", running);
      result.put("takeoverSeconds", Math.round(seconds * 10) / 10.0);
      return result;
    }
  }

  /** Due-work loops running now, per Quartz instance (by job, recovery firings included). */
  private static Map<String, Integer> loopsByInstance(Connection db) throws SQLException {
    Map<String, Integer> held = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT INSTANCE_NAME, COUNT(DISTINCT JOB_NAME) FROM QRTZ_FIRED_TRIGGERS"
                    + " WHERE JOB_GROUP = 'due-work' AND STATE = 'EXECUTING'"
                    + " GROUP BY INSTANCE_NAME")) {
      while (rows.next()) {
        held.put(rows.getString(1), rows.getInt(2));
      }
    }
    return held;
  }
}
