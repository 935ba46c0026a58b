package com.followup.bench.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import com.followup.bench.console.ConsolePageTimer.PageTimes;
import com.followup.bench.ingest.RecordFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/bench.sh console [RECORDS]}: one dealer with RECORDS (1,000,000) purchase records
 * uploaded through the records endpoint of the packaged app on a fresh MariaDB schema; then the
 * dealer's progress page and the agent's call page (with a call held), each signed in through the
 * console's form, timed by the server's own {@code Server-Timing} (and by the client), medians of
 * 20 after 3 warm-ups, beside the bare SQL behind each page.
 */
public final class ConsoleBenchmark implements Bench.Benchmark {

  /**
   * One dealer's purchases of the last 30 days: spread evenly, about a tenth are younger than step
   * 1's 3-day deadline, so that step is open for them now; the rest sit in later steps or were
   * missed.
   */
  private static final RecordFile.Mix RECORDS =
      new RecordFile.Mix("console", 20261201, 0, "P", 20_000_000, 30, 30 * 24 * 60);

  static final String SCHEMA = "followup_test_bench_consolepages";
  static final String PROGRESS_PAGE =
      System.getProperty(
          "bench.console.progress-page", "/dealer/" + ConsoleSetup.DEALER + "/progress");
  static final String CALL_PAGE = System.getProperty("bench.console.call-page", "/agent");

  /** Earlier calls seeded for the call page's history: to other phones, and to the held one. */
  static final int HISTORY_BACKGROUND = 200_000;

  static final int HISTORY_TO_PHONE = 30;

  private static final List<String> SIMULATOR =
      List.of(
          "-Dfollowup.telephony.simulator.human-answer-rate=1.0",
          "-Dfollowup.telephony.simulator.machine-rate=0",
          "-Dfollowup.telephony.simulator.busy-rate=0",
          "-Dfollowup.telephony.simulator.ring-seconds-min=1",
          "-Dfollowup.telephony.simulator.ring-seconds-max=2",
          "-Dfollowup.telephony.simulator.hold-seconds=3600",
          "-Dfollowup.telephony.simulator.seed=20261201");

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file =
        RecordFile.generate(RECORDS, records, LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("records", records);
    List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx1g"));
    jvm.addAll(SIMULATOR);
    try (AppProcess app = AppProcess.start(url, jvm, Map.of());
        Connection db = BenchDatabase.connect(SCHEMA)) {
      ConsoleSetup setup = new ConsoleSetup(app);
      setup.prepare();
      long start = System.nanoTime();
      Map<?, ?> upload = setup.upload(file);
      double uploadSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("uploaded in %.1f s: %s%n", uploadSeconds, upload);
      long activationMs = ConsoleSetup.awaitActivated(app, SCHEMA, Duration.ofMinutes(20));
      System.out.printf("follow-ups activated %.1f s after the upload%n", activationMs / 1e3);

      ConsoleClient agent =
          ConsoleClient.signIn(app, ConsoleSetup.AGENT_USER, ConsoleSetup.PASSWORD);
      long callWaitMs = AgentCallHeld.await(agent, Duration.ofMinutes(5));
      ConsoleClient dealer =
          ConsoleClient.signIn(app, ConsoleSetup.DEALER_USER, ConsoleSetup.PASSWORD);
      ConsoleSql sql = new ConsoleSql(db);
      long attempt = sql.heldAttempt(ConsoleSetup.AGENT_USER);
      CallHistorySeed.seed(db, attempt, HISTORY_BACKGROUND, HISTORY_TO_PHONE);
      String loadBefore = loadAverage();

      ConsolePages pages = new ConsolePages(dealer, agent, ConsoleSetup.DEALER);
      ConsolePages.Measured progress = pages.progress(PROGRESS_PAGE);
      ConsolePages.Measured call = pages.call(CALL_PAGE);
      double rollup = ConsolePageTimer.sql(() -> sql.progressRollup(ConsoleSetup.DEALER));
      double callSql = ConsolePageTimer.sql(() -> sql.callPage(ConsoleSetup.AGENT_USER, attempt));
      double historySql = ConsolePageTimer.sql(() -> sql.history(attempt));
      double naive = ConsolePageTimer.sql(() -> sql.naiveGroupBy(ConsoleSetup.DEALER));
      String loadAfter = loadAverage();

      result.put("progressPageMs", headline(progress.times()));
      result.put("callPageMs", headline(call.times()));
      result.put("bareSqlMs", rollup);
      result.put(
          "statistic", "medians of 20 after 3 warm-ups; page times are Server-Timing app;dur");
      result.put("progressPage", describe(progress));
      result.put("callPage", describe(call));
      Map<String, Object> bare = new LinkedHashMap<>();
      bare.put("progressRollupMs", rollup);
      bare.put("naiveGroupByMs", naive);
      bare.put("callPageSqlMs", callSql);
      bare.put("historyMs", historySql);
      bare.put("historyRows", sql.history(attempt));
      result.put("bareSql", bare);
      result.put("followUps", Measures.count(db, "SELECT COUNT(*) FROM follow_up"));
      result.put(
          "dealerFollowUps",
          Measures.count(
              db,
              "SELECT COUNT(*) FROM follow_up WHERE dealer_code = '" + ConsoleSetup.DEALER + "'"));
      result.put(
          "historySeeded",
          Map.of("otherPhones", HISTORY_BACKGROUND, "heldCallsPhone", HISTORY_TO_PHONE));
      result.put("dialerCalls", Measures.count(db, "SELECT COUNT(*) FROM dialer_call"));
      result.put("uploadSeconds", Measures.round(uploadSeconds));
      result.put("upload", upload);
      result.put("activationSecondsAfterUpload", Measures.round(activationMs / 1e3));
      result.put("callHeldAfterSeconds", Measures.round(callWaitMs / 1e3));
      result.put("loadAverageBefore", loadBefore);
      result.put("loadAverageAfter", loadAfter);
    }
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("console.json").toFile(), result);
    System.out.println("written " + resultsDir.resolve("console.json"));
  }

  /** The server's median where the responses carried it, else the client's (a stand-in API). */
  private static double headline(PageTimes times) {
    return times.serverMs() != null ? times.serverMs() : times.clientMs();
  }

  private static Map<String, Object> describe(ConsolePages.Measured page) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("measured", page.what());
    out.put("standIn", page.standIn());
    out.put("serverMs", page.times().serverMs());
    out.put("maxServerMs", page.times().maxServerMs());
    out.put("clientMs", page.times().clientMs());
    out.put("bytes", page.times().bytes());
    if (page.note() != null) {
      out.put("note", page.note());
    }
    return out;
  }

  private static String loadAverage() throws Exception {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }
}
