package com.followup.bench.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import com.followup.bench.SequenceSeed;
import com.followup.campaign.progress.FollowUpProgress;
import com.followup.campaign.progress.StepProgress;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * scripts/bench.sh progress [records]: one dealer with {@code records} (1,000,000) purchase
 * records, about 2.25 follow_up rows each in every status, beside 500,000 rows of other dealers,
 * and a backlog of uncompacted deltas. Times {@link FollowUpProgress#of} (the console's progress
 * page) against the bare GROUP BY over follow_up, without and with a covering index: medians of 20,
 * server-side (one JDBC round trip each on localhost).
 */
public final class ProgressQueries implements Bench.Benchmark {

  private static final String SCHEMA = "followup_test_bench_console";
  private static final String DEALER = "SH001";
  private static final int RUNS = 20;
  private static final String GROUP_BY =
      "SELECT campaign, step, status, missed_reason, COUNT(*) FROM follow_up"
          + " WHERE dealer_code = ? GROUP BY campaign, step, status, missed_reason";

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    try (ApplicationContext context =
            ApplicationContext.builder()
                .properties(
                    Map.of(
                        "datasources.default.url",
                        url,
                        "datasources.default.username",
                        BenchDatabase.USER,
                        "datasources.default.password",
                        BenchDatabase.PASSWORD,
                        "datasources.default.dialect",
                        "MYSQL",
                        "flyway.datasources.default.enabled",
                        true))
                .singletons(Clock.systemUTC())
                .start();
        Connection db = BenchDatabase.connect(SCHEMA)) {
      long seedStart = System.nanoTime();
      long rows = seed(db, records);
      long backfillStart = System.nanoTime();
      backfill(db);
      long backfillMs = (System.nanoTime() - backfillStart) / 1_000_000;
      deltas(db, 2_000);
      System.out.printf(
          "seeded %,d follow_up rows in %.1f s; rollup built in %,d ms%n",
          rows, (backfillStart - seedStart) / 1e9, backfillMs);
      FollowUpProgress progress = context.getBean(FollowUpProgress.class);
      List<StepProgress> steps = progress.of(DEALER);
      System.out.println("progress: " + steps);
      result.put("records", records);
      result.put("followUps", Measures.count(db, "SELECT COUNT(*) FROM follow_up"));
      result.put("dealerFollowUps", steps.stream().mapToLong(StepProgress::total).sum());
      result.put("uncompactedDeltas", 2_000);
      result.put("progressPageMs", median(() -> progress.of(DEALER)));
      result.put("bareSqlMs", median(() -> groupBy(db)));
      SequenceSeed.exec(
          db,
          "CREATE INDEX ix_bench_dealer ON follow_up"
              + " (dealer_code, campaign, step, status, missed_reason)");
      result.put("bareSqlCoveringIndexMs", median(() -> groupBy(db)));
      result.put("rollupBackfillMs", backfillMs);
    }
    Measures.print(result);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("progress.json").toFile(), result);
  }

  /** Median wall time of {@link #RUNS} calls, after two warm-ups, in milliseconds (2 decimals). */
  private static double median(Callable<?> call) throws Exception {
    call.call();
    call.call();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.call();
      nanos.add(System.nanoTime() - start);
    }
    Collections.sort(nanos);
    return Measures.round((nanos.get(RUNS / 2 - 1) + nanos.get(RUNS / 2)) / 2e6);
  }

  private static int groupBy(Connection db) throws SQLException {
    int groups = 0;
    try (PreparedStatement select = db.prepareStatement(GROUP_BY)) {
      select.setString(1, DEALER);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          groups++;
        }
      }
    }
    return groups;
  }

  /**
   * Step 1 for every record, step 2 for three in four, step 3 for one in two; statuses spread over
   * all six (a share missed because the record came late); then other dealers' rows.
   */
  private static long seed(Connection db, int records) throws SQLException {
    long id = 0;
    int[][] steps = {{1, 1}, {2, 4}, {3, 2}}; // step, and "every record but one in k" (k=1: all)
    for (int[] step : steps) {
      for (int done = 0; done < records; done += 250_000) {
        int size = Math.min(250_000, records - done);
        String keep = step[1] == 1 ? "1" : step[1] == 4 ? "(seq MOD 4) <> 0" : "(seq MOD 2) = 0";
        insert(db, id, done, size, "'" + DEALER + "'", step[0], keep);
        id += size;
      }
    }
    insert(db, id, records, 500_000, "CONCAT('D', seq MOD 500)", 1, "1");
    return Measures.count(db, "SELECT COUNT(*) FROM follow_up");
  }

  private static void insert(
      Connection db, long firstId, int offset, int size, String dealer, int step, String keep)
      throws SQLException {
    String status =
        "ELT(1 + (seq MOD 10), 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'SCHEDULED',"
            + " 'DUE', 'DIALING', 'MISSED', 'MISSED', 'CANCELLED')";
    SequenceSeed.exec(
        db,
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, next_attempt_at, status, attempts,"
            + " missed_reason, created_at, wake_at) SELECT "
            + firstId
            + " + seq, "
            + dealer
            + ", "
            + offset
            + " + seq, 'purchase', 1, "
            + step
            + ", CONCAT('+8613', LPAD(seq, 9, '0')), 'Asia/Shanghai', '2026-11-19 01:00:00',"
            + " '2026-11-22 16:00:00', NULL, "
            + status
            + ", 1, CASE WHEN seq MOD 10 = 7 THEN 'LATE_RECORD' WHEN seq MOD 10 = 8 THEN"
            + " 'ATTEMPT_LIMIT' WHEN seq MOD 10 = 9 THEN 'WRONG_NUMBER' END,"
            + " '2026-11-19 01:00:00', NULL FROM seq_1_to_"
            + size
            + " WHERE "
            + keep);
  }

  /** The same INSERT … SELECT … GROUP BY that V13 backfills an existing database with. */
  private static void backfill(Connection db) throws SQLException {
    SequenceSeed.exec(db, "DELETE FROM follow_up_progress");
    SequenceSeed.exec(
        db,
        "INSERT INTO follow_up_progress (dealer_code, campaign, step, status, late, n)"
            + " SELECT dealer_code, campaign, step, status, late, COUNT(*) FROM (SELECT"
            + " dealer_code, campaign, step, status, CASE WHEN status = 'MISSED' AND"
            + " missed_reason = 'LATE_RECORD' THEN 1 ELSE 0 END AS late FROM follow_up WHERE"
            + " dealer_code IS NOT NULL) f GROUP BY dealer_code, campaign, step, status, late");
  }

  /**
   * A backlog of deltas not folded yet: pairs of moves on one step that cancel out (count even).
   */
  private static void deltas(Connection db, int count) throws SQLException {
    SequenceSeed.exec(
        db,
        "INSERT INTO follow_up_progress_delta (dealer_code, campaign, step, from_status,"
            + " from_late, to_status, to_late, n) SELECT '"
            + DEALER
            + "', 'purchase', 1 + ((seq - 1) DIV 2) MOD 3, IF(seq MOD 2 = 0, 'SCHEDULED', 'DUE'), 0,"
            + " IF(seq MOD 2 = 0, 'DUE', 'SCHEDULED'), 0, 1 FROM seq_1_to_"
            + count);
  }
}
