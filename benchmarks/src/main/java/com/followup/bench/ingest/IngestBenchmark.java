package com.followup.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code scripts/bench.sh ingest [RECORDS] [ROUNDS]}: RECORDS (default 1,000,000) generated rows
 * through the HTTP endpoint into MariaDB, against the database's own LOAD DATA ceiling and the
 * naive one-INSERT-per-row way, both on exactly the rows the engine wrote; each round measures all
 * three, and the medians of ROUNDS (default 3) are reported.
 */
public final class IngestBenchmark implements Bench.Benchmark {

  static final String SCHEMA = "followup_test_bench";
  static final int NAIVE_SAMPLE = 3_000;
  static final List<String> TABLES =
      List.of("dealer_record", "customer", "follow_up", "follow_up_activation", "record_upload");

  /** One measured round: the engine, the ceiling and the naive way on the same rows. */
  record Round(
      double seconds,
      double loadDataSeconds,
      double naiveSeconds,
      double peakHeapMb,
      Map<String, Object> upload) {}

  @Override
  public void run(Path results, String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path file =
        RecordFile.generate(
            RecordFile.INGEST, records, LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    System.out.printf(
        "ingest: %,d records, %,d MB file, %d rounds%n", records, Files.size(file) >> 20, rounds);
    List<Round> measured = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      Round round = measure(file, records);
      measured.add(round);
      System.out.printf(
          "round %d: %,.0f records/s, ceiling %,.0f, naive %,.0f, peak heap %.0f MB%n",
          i + 1,
          records / round.seconds(),
          records / round.loadDataSeconds(),
          NAIVE_SAMPLE / round.naiveSeconds(),
          round.peakHeapMb());
    }
    report(results, records, measured);
  }

  private Round measure(Path file, int records) throws Exception {
    String url = BenchDatabase.fresh(SCHEMA);
    AtomicReference<Double> peakHeap = new AtomicReference<>(0.0);
    double seconds;
    Map<String, Object> upload;
    try (AppProcess app = AppProcess.start(url, List.of("-Xmx512m"), Map.of())) {
      String token = app.adminToken();
      app.post(
          "/api/dealers",
          token,
          "application/json",
          HttpRequest.BodyPublishers.ofString(
              "{\"code\":\"BENCH\",\"name\":\"Bench Motors\",\"country\":\"CN\","
                  + "\"timezone\":\"Asia/Shanghai\"}"));
      Thread sampler = heapSampler(app, peakHeap);
      long start = System.nanoTime();
      HttpResponse<String> response =
          app.post(
              "/api/dealers/BENCH/records",
              token,
              "text/csv",
              HttpRequest.BodyPublishers.ofFile(file));
      seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "upload failed: " + response.statusCode() + " " + response.body());
      }
      upload = new ObjectMapper().readValue(response.body(), Map.class);
    }
    try (Connection c = BenchDatabase.connect(SCHEMA)) {
      long stored = count(c, "SELECT COUNT(*) FROM dealer_record");
      if (stored != records) {
        throw new IllegalStateException("stored " + stored + " of " + records + " records");
      }
      double loadSeconds = 0;
      for (String table : TABLES) {
        Path tsv = TableCopies.export(c, table);
        loadSeconds += TableCopies.loadCopy(c, table, tsv);
        Files.delete(tsv);
      }
      double naiveSeconds =
          TableCopies.naiveSeconds(
              c, List.of("dealer_record", "customer", "follow_up"), NAIVE_SAMPLE);
      return new Round(seconds, loadSeconds, naiveSeconds, peakHeap.get(), upload);
    }
  }

  private static void report(Path results, int records, List<Round> rounds) throws Exception {
    double seconds = median(rounds.stream().mapToDouble(Round::seconds).toArray());
    double perSecond = records / seconds;
    double loadData =
        records / median(rounds.stream().mapToDouble(Round::loadDataSeconds).toArray());
    double naive =
        NAIVE_SAMPLE / median(rounds.stream().mapToDouble(Round::naiveSeconds).toArray());
    double peakHeapMb = rounds.stream().mapToDouble(Round::peakHeapMb).max().orElse(0);
    Map<String, Object> upload = rounds.get(rounds.size() - 1).upload();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("records", records);
    json.put("seconds", twoDecimals(seconds));
    json.put("recordsPerSecond", Math.round(perSecond));
    json.put("loadDataRecordsPerSecond", Math.round(loadData));
    json.put("naiveRecordsPerSecond", Math.round(naive));
    json.put("peakHeapMb", Math.round(peakHeapMb));
    json.put("shareOfLoadData", twoDecimals(perSecond / loadData));
    json.put("timesNaive", twoDecimals(perSecond / naive));
    json.put("rounds", rounds.size());
    json.put("statistic", "medians of the rounds; each round measures all three on the same rows");
    json.put("tablesWritten", TABLES);
    json.put("naiveSample", NAIVE_SAMPLE);
    json.put(
        "upload",
        Map.of(
            "accepted", upload.get("accepted"),
            "rejected", upload.get("rejected"),
            "duplicates", upload.get("duplicates"),
            "updated", upload.get("updated")));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve("ingest.json").toFile(), json);

    System.out.printf("%n%-36s %12s%n", "measure (median of rounds)", "value");
    System.out.printf("%-36s %,12d%n", "records", records);
    System.out.printf("%-36s %12.1f%n", "end-to-end seconds (HTTP)", seconds);
    System.out.printf("%-36s %,12.0f%n", "end-to-end records/s", perSecond);
    System.out.printf("%-36s %,12.0f%n", "LOAD DATA ceiling records/s", loadData);
    System.out.printf("%-36s %,12.0f%n", "naive INSERT records/s", naive);
    System.out.printf(
        "%-36s %11.0f%%%n", "share of ceiling (target >= 60%)", 100 * perSecond / loadData);
    System.out.printf("%-36s %11.1fx%n", "times naive (target >= 40x)", perSecond / naive);
    System.out.printf("%-36s %12.0f%n", "peak heap MB, max (target < 512)", peakHeapMb);
    System.out.println("written " + results.resolve("ingest.json"));
  }

  private static Thread heapSampler(AppProcess app, AtomicReference<Double> peak) {
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  peak.accumulateAndGet(app.heapUsedMb(), Math::max);
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception busy) {
                  // the app is busy; sample again
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    return sampler;
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double twoDecimals(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
