package com.followup.bench.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * scripts/bench.sh sla [openTickets] [windowTickets] [windowSeconds]: the real app on MariaDB with
 * a million open tickets; how late breaches are flagged after their deadlines, and how many queries
 * the app issues per second once nothing is due.
 */
public final class SlaBenchmark implements Bench.Benchmark {

  private static final int PORT = 3306;
  // its own schema: other benchmarks may be using followup_test_bench at the same time
  private static final String SCHEMA = "followup_test_bench_sla";
  private static final Duration IDLE_MEASURE = Duration.ofSeconds(30);
  private static final Duration IDLE_WINDOW = Duration.ofSeconds(5);

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int window = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int windowSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    try (QueryCountingProxy proxy = new QueryCountingProxy(PORT);
        Connection db = BenchDatabase.connect(SCHEMA)) {
      AppProcess app = startApp(proxy);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(app)));
      long seedStart = System.nanoTime();
      Instant now = Instant.now();
      SlaSeed seed = new SlaSeed(db);
      seed.openTickets(1, open, now.plus(Duration.ofHours(1)), Duration.ofDays(30), false);
      Instant windowStart = Instant.now().plusSeconds(15);
      Duration windowSpan = Duration.ofSeconds(windowSeconds);
      seed.openTickets(open + 1L, window, windowStart, windowSpan, true);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      long openTickets =
          Measures.count(db, "SELECT COUNT(*) FROM sla_target WHERE status = 'RUNNING'");
      System.out.printf("seeded %,d open tickets in %.1f s%n", openTickets, seedSeconds);
      String plan = explainClaim(db);

      sleepUntil(windowStart.plus(windowSpan).plusSeconds(5));
      List<Long> delays = flagDelays(db, open);
      long duplicates =
          Measures.count(
              db,
              "SELECT COUNT(*) - COUNT(DISTINCT ticket_id) FROM sla_breach WHERE ticket_id > "
                  + open);
      Thread.sleep(2_000);
      Map<String, Double> idle = idleQueries(db, proxy);
      app.close();

      result.put("openTickets", openTickets);
      result.put("p99FlagDelayMs", Measures.percentile(delays, 0.99));
      result.put("idleQueriesPerSecond", idle.get("app"));
      result.put("p50FlagDelayMs", Measures.percentile(delays, 0.50));
      result.put("maxFlagDelayMs", delays.isEmpty() ? null : delays.get(delays.size() - 1));
      result.put("windowTickets", window);
      result.put("windowSeconds", windowSeconds);
      result.put("flagged", delays.size());
      result.put("duplicateFlags", duplicates);
      result.put("idleSlaLoopQueriesPerSecond", idle.get("slaLoop"));
      result.put(
          "idleQuartzQueriesPerSecond", Measures.round(idle.get("app") - idle.get("slaLoop")));
      result.put("idlePingsPerSecond", idle.get("pings"));
      result.put("idleServerQuestionsPerSecond", idle.get("server"));
      result.put("seedSeconds", Math.round(seedSeconds * 10) / 10.0);
      result.put("claimPlan", plan);
    }
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("sla.json").toFile(), result);
  }

  private static AppProcess startApp(QueryCountingProxy proxy) throws Exception {
    System.out.println("starting admin-api.jar …");
    // through the counting proxy, so the idle figure is the app's own traffic
    String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + SCHEMA + "?sslMode=DISABLED";
    return AppProcess.start(url, List.of("-Xmx1g"), Map.of());
  }

  private static void stopQuietly(AppProcess app) {
    try {
      app.close();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Milliseconds from each window ticket's deadline to its breach flag, sorted. */
  private static List<Long> flagDelays(Connection db, int open) throws SQLException {
    List<Long> delays = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT TIMESTAMPDIFF(MICROSECOND, breached_at, flagged_at) DIV 1000"
                    + " FROM sla_breach WHERE ticket_id > "
                    + open)) {
      while (rows.next()) {
        delays.add(rows.getLong(1));
      }
    }
    Collections.sort(delays);
    return delays;
  }

  /** The app's commands per second through the proxy, and the whole server's, while idle. */
  private static Map<String, Double> idleQueries(Connection db, QueryCountingProxy proxy)
      throws Exception {
    List<Double> app = new ArrayList<>();
    long queries0 = proxy.queries.get();
    long pings0 = proxy.pings.get();
    long questions0 = questions(db);
    int own = 1;
    proxy.statements.clear();
    proxy.recording = true;
    for (long end = System.nanoTime() + IDLE_MEASURE.toNanos(); System.nanoTime() < end; ) {
      long before = proxy.queries.get();
      Thread.sleep(IDLE_WINDOW.toMillis());
      app.add((proxy.queries.get() - before) / (IDLE_WINDOW.toMillis() / 1000.0));
    }
    proxy.recording = false;
    double seconds = IDLE_MEASURE.toMillis() / 1000.0;
    long questions = questions(db) - questions0 - own;
    System.out.println("statements the idle app sent in " + IDLE_MEASURE.toSeconds() + " s:");
    proxy.statements.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .limit(15)
        .forEach(e -> System.out.printf("%6d  %s%n", e.getValue().sum(), e.getKey()));
    System.out.println("app queries/s per " + IDLE_WINDOW.toSeconds() + " s window: " + app);
    Map<String, Double> idle = new LinkedHashMap<>();
    idle.put("app", Measures.round((proxy.queries.get() - queries0) / seconds));
    idle.put(
        "slaLoop",
        Measures.round(
            proxy
                    .statements
                    .getOrDefault(
                        "SELECT MIN(due_at) AS next_due FROM sla_timer",
                        new java.util.concurrent.atomic.LongAdder())
                    .sum()
                / seconds));
    idle.put("pings", Measures.round((proxy.pings.get() - pings0) / seconds));
    idle.put("server", Measures.round(questions / seconds));
    return idle;
  }

  private static long questions(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet row = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      row.next();
      return row.getLong(2);
    }
  }

  private static String explainClaim(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet row =
            s.executeQuery(
                "EXPLAIN SELECT id FROM sla_timer WHERE due_at <= NOW(3)"
                    + " ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED")) {
      row.next();
      return "type=" + row.getString("type") + " key=" + row.getString("key");
    }
  }

  private static void sleepUntil(Instant when) throws InterruptedException {
    long millis = Duration.between(Instant.now(), when).toMillis();
    if (millis > 0) {
      System.out.printf("waiting %d s for the deadlines to pass …%n", millis / 1000);
      Thread.sleep(millis);
    }
  }
}
