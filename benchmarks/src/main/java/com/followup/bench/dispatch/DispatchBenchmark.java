package com.followup.bench.dispatch;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * scripts/bench.sh dispatch [--instances N] [pending] [due] [quartzTriggers] [rounds]: N (default
 * two) instances of the real app on one MariaDB schema
 * holding {@code pending} follow-ups (default 1,000,000). Phase "minute": {@code due} of them
 * (100,000) fall due spread over one minute — lateness from due time to hand-off. Phase "burst":
 * another {@code due} fall due at the same instant — how fast the full path (claim, gate, release,
 * history) drains them. Beside it, on the same table: the bare SKIP LOCKED claim (the ceiling), and
 * one Quartz trigger per follow-up.
 */
public final class DispatchBenchmark implements Bench.Benchmark {

  private static final String SCHEMA = "followup_test_bench_dispatch";
  private static final long MINUTE_FIRST = 2_000_001;
  private static final long BURST_FIRST = 3_000_001;
  private static final long RAW_FIRST = 4_000_001;

  private int instances = 2;

  @Override
  public void run(Path resultsDir, String[] given) throws Exception {
    List<String> rest = new ArrayList<>(List.of(given));
    int flag = rest.indexOf("--instances");
    if (flag >= 0) {
      if (flag + 1 >= rest.size()) {
        throw new IllegalArgumentException("--instances needs a count");
      }
      instances = Integer.parseInt(rest.get(flag + 1));
      if (instances < 1) {
        throw new IllegalArgumentException("--instances must be at least 1");
      }
      rest.subList(flag, flag + 2).clear();
    }
    String[] args = rest.toArray(String[]::new);
    int pending = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int due = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int quartzTriggers = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    List<Map<String, Object>> measured = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.printf("round %d of %d%n", round, rounds);
      measured.add(runRound(pending, due, quartzTriggers));
      Measures.print(measured.get(measured.size() - 1));
    }
    Map<String, Object> result = medians(measured);
    result.put("instances", instances);
    result.put("rounds", measured);
    System.out.println("medians of " + rounds + " rounds:");
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(
            resultsDir
                .resolve(instances == 2 ? "dispatch.json" : "dispatch-" + instances + ".json")
                .toFile(),
            result);
  }

  /** Each measure's median over the rounds (the duplicates: their maximum). */
  private static Map<String, Object> medians(List<Map<String, Object>> rounds) {
    Map<String, Object> medians = new LinkedHashMap<>();
    for (String key : rounds.get(0).keySet()) {
      List<Double> values =
          rounds.stream().map(r -> ((Number) r.get(key)).doubleValue()).sorted().toList();
      double value =
          key.equals("duplicates") ? values.get(values.size() - 1) : values.get(values.size() / 2);
      medians.put(key, value == Math.rint(value) ? (Object) (long) value : (Object) value);
    }
    return medians;
  }

  private Map<String, Object> runRound(int pending, int due, int quartzTriggers) throws Exception {
    String url = BenchDatabase.fresh(SCHEMA);
    String zone = midday();
    Map<String, Object> result = new LinkedHashMap<>();
    try (Connection db = BenchDatabase.connect(SCHEMA)) {
      List<AppProcess> apps = new ArrayList<>();
      try {
        System.out.printf("starting %d instance(s) of admin-api.jar …%n", instances);
        for (int i = 0; i < instances; i++) {
          apps.add(AppProcess.start(url, List.of("-Xmx1g"), Map.of()));
        }
        DispatchSeed seed = new DispatchSeed(db, zone);
        long seedStart = System.nanoTime();
        seed.pending(
            1, pending - due, Instant.now().plus(Duration.ofHours(2)), Duration.ofDays(30));
        Instant minute = Instant.now().plusSeconds(20);
        seed.pending(MINUTE_FIRST, due, minute, Duration.ofMinutes(1));
        Instant burst = minute.plusSeconds(90);
        seed.pending(BURST_FIRST, due, burst, Duration.ZERO);
        System.out.printf(
            "seeded %,d pending follow-ups in %.1f s (zone %s)%n",
            pending + due, (System.nanoTime() - seedStart) / 1e9, zone);
        awaitReleased(db, BURST_FIRST, due, burst.plus(Duration.ofMinutes(5)));
      } finally {
        for (AppProcess app : apps) {
          app.close();
        }
      }
      List<Long> minuteLateness = lateness(db, MINUTE_FIRST, due);
      List<Long> burstLateness = lateness(db, BURST_FIRST, due);
      long drainMs = burstLateness.isEmpty() ? 0 : burstLateness.get(burstLateness.size() - 1);
      result.put("pending", pending);
      result.put("dueBurst", due);
      result.put("perSecond", Math.round(burstLateness.size() / Math.max(1e-3, drainMs / 1000.0)));
      result.put("p99LatenessMs", Measures.percentile(minuteLateness, 0.99));
      result.put("duplicates", duplicates(db));
      new DispatchSeed(db, zone)
          .pending(RAW_FIRST, due, Instant.now().minusSeconds(1), Duration.ZERO);
      double raw = RawClaim.drain(db, Instant.now(), 1000);
      result.put("rawClaimPerSecond", Math.round(raw));
      System.out.printf("one Quartz trigger per follow-up: %,d triggers …%n", quartzTriggers);
      QuartzPerTrigger.Rates quartz =
          QuartzPerTrigger.measure(
              url, BenchDatabase.USER, BenchDatabase.PASSWORD, quartzTriggers, 10);
      result.put("quartzPerTriggerPerSecond", Math.round(quartz.firedPerSecond()));
      result.put("quartzTriggerCreationsPerSecond", Math.round(quartz.createdPerSecond()));
      result.put("quartzTriggers", quartz.fired());
      result.put("minuteReleased", minuteLateness.size());
      result.put("minuteP50LatenessMs", Measures.percentile(minuteLateness, 0.5));
      result.put("minuteMaxLatenessMs", Measures.percentile(minuteLateness, 1.0));
      result.put("burstReleased", burstLateness.size());
      result.put("burstDrainSeconds", drainMs / 1000.0);
      result.put("burstP99LatenessMs", Measures.percentile(burstLateness, 0.99));
      result.put("ratioToRawClaim", Measures.round((double) (long) result.get("perSecond") / raw));
      result.put(
          "ratioToQuartzPerTrigger",
          Measures.round((long) result.get("perSecond") / quartz.firedPerSecond()));
    }
    return result;
  }

  /** A fixed-offset zone where it is now around noon, so calling hours hold for hours. */
  private static String midday() {
    int hour = Instant.now().atOffset(ZoneOffset.UTC).getHour();
    int offset = Math.floorMod(12 - hour + 12, 24) - 12;
    return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
  }

  private static void awaitReleased(Connection db, long first, int count, Instant timeout)
      throws Exception {
    String sql =
        "SELECT COUNT(*) FROM follow_up WHERE id BETWEEN "
            + first
            + " AND "
            + (first + count - 1)
            + " AND status = 'DUE'";
    while (Instant.now().isBefore(timeout)) {
      if (Measures.count(db, sql) >= count) {
        return;
      }
      Thread.sleep(500);
    }
    System.out.println("timed out waiting for the burst to drain");
  }

  /** Milliseconds from each follow-up's due time to its release, sorted. */
  private static List<Long> lateness(Connection db, long first, int count) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT TIMESTAMPDIFF(MICROSECOND, f.next_attempt_at, e.happened_at) DIV 1000"
                    + " FROM follow_up f JOIN follow_up_event e ON e.follow_up_id = f.id"
                    + " AND e.status = 'DUE' WHERE f.id BETWEEN "
                    + first
                    + " AND "
                    + (first + count - 1))) {
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
    }
    Collections.sort(values);
    return values;
  }

  private static long duplicates(Connection db) throws SQLException {
    return Measures.count(
        db,
        "SELECT COUNT(*) FROM (SELECT follow_up_id FROM follow_up_event WHERE status = 'DUE'"
            + " GROUP BY follow_up_id HAVING COUNT(*) > 1) d");
  }
}
