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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code scripts/bench.sh ingest [RECORDS]}: RECORDS (default 1,000,000) generated rows through the
 * HTTP endpoint into MariaDB, against the database's own LOAD DATA ceiling and the naive
 * one-INSERT-per-row way, both on exactly the rows the engine wrote, in the same run.
 */
public final class IngestBenchmark implements Bench.Benchmark {

  static final String SCHEMA = "followup_test_bench";
  static final int NAIVE_SAMPLE = 3_000;

  @Override
  public void run(Path results, String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = RecordFile.generate(records, LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    System.out.printf("ingest: %,d records, %,d MB file%n", records, Files.size(file) >> 20);
    String url = BenchDatabase.fresh(SCHEMA);

    Map<String, Object> upload;
    double seconds;
    AtomicReference<Double> peakHeap = new AtomicReference<>(0.0);
    try (AppProcess app = AppProcess.start(url, List.of("-Xmx512m"), Map.of())) {
      String token = app.adminToken();
      app.post(
          "/api/dealers",
          token,
          "application/json",
          HttpRequest.BodyPublishers.ofString(
              "{\"code\":\"BENCH\",\"name\":\"Bench Motors\",\"country\":\"CN\",\"timezone\":\"Asia/Shanghai\"}"));
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

    double loadSeconds = 0;
    double naiveSeconds;
    List<String> tables = List.of("dealer_record", "customer", "record_upload");
    try (Connection c = BenchDatabase.connect(SCHEMA)) {
      long stored = count(c, "SELECT COUNT(*) FROM dealer_record");
      if (stored != records) {
        throw new IllegalStateException("stored " + stored + " of " + records + " records");
      }
      for (String table : tables) {
        Path tsv = TableCopies.export(c, table);
        loadSeconds += TableCopies.loadCopy(c, table, tsv);
        Files.delete(tsv);
      }
      naiveSeconds =
          TableCopies.naiveSeconds(c, List.of("dealer_record", "customer"), NAIVE_SAMPLE);
    }

    double perSecond = records / seconds;
    double loadData = records / loadSeconds;
    double naive = NAIVE_SAMPLE / naiveSeconds;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("records", records);
    json.put("seconds", round(seconds));
    json.put("recordsPerSecond", Math.round(perSecond));
    json.put("loadDataRecordsPerSecond", Math.round(loadData));
    json.put("naiveRecordsPerSecond", Math.round(naive));
    json.put("peakHeapMb", Math.round(peakHeap.get()));
    json.put("shareOfLoadData", round(perSecond / loadData));
    json.put("timesNaive", round(perSecond / naive));
    json.put("tablesWritten", tables);
    json.put("naiveSample", NAIVE_SAMPLE);
    json.put(
        "upload",
        Map.of(
            "accepted",
            upload.get("accepted"),
            "rejected",
            upload.get("rejected"),
            "duplicates",
            upload.get("duplicates"),
            "updated",
            upload.get("updated")));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve("ingest.json").toFile(), json);

    System.out.printf("%n%-34s %12s%n", "measure", "value");
    System.out.printf("%-34s %,12d%n", "records", records);
    System.out.printf("%-34s %12.1f%n", "end-to-end seconds (HTTP)", seconds);
    System.out.printf("%-34s %,12.0f%n", "end-to-end records/s", perSecond);
    System.out.printf("%-34s %,12.0f%n", "LOAD DATA ceiling records/s", loadData);
    System.out.printf("%-34s %,12.0f%n", "naive INSERT records/s", naive);
    System.out.printf(
        "%-34s %11.0f%%%n", "share of ceiling (target >= 60%)", 100 * perSecond / loadData);
    System.out.printf("%-34s %11.1fx%n", "times naive (target >= 40x)", perSecond / naive);
    System.out.printf("%-34s %12.0f%n", "peak heap MB (target < 512)", peakHeap.get());
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
                } catch (Exception ignored) {
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

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
