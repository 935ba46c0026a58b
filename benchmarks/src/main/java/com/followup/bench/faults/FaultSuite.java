package com.followup.bench.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code scripts/faults.sh [FAULT…]}: real app processes on the suite's own MariaDB server, each
 * fault with its own schema and a time limit. Prints per fault the operations in flight when it
 * struck, how many were lost and how many doubled (all must be 0) and the recovery time; writes
 * benchmarks/results/faults.json; exits 1 when any fault lost or doubled something or failed.
 */
public final class FaultSuite implements Bench.Benchmark {

  /** One fault: it sets up its instances, strikes, and counts what became of the work. */
  interface Fault {
    String name();

    String what();

    void run(PrivateMariaDb db, FaultResult result) throws Exception;
  }

  private static final int PORT = Integer.getInteger("faults.db.port", 3317);
  private static final Duration TIMEOUT =
      Duration.ofSeconds(Integer.getInteger("faults.timeoutSeconds", 300));

  static List<Fault> faults() {
    return List.of(
        new UploadKill(Integer.getInteger("faults.upload.records", 100_000)),
        new DispatchKill(Integer.getInteger("faults.dispatch.records", 50_000)),
        new DialKill(Integer.getInteger("faults.dial.records", 300)),
        new DeliveryKill(Integer.getInteger("faults.delivery.tickets", 20)),
        new DatabaseRestart(Duration.ofSeconds(Integer.getInteger("faults.db.outageSeconds", 10))),
        new TwilioFaults(Integer.getInteger("faults.twilio.calls", 8)),
        new ClockSkew(Duration.ofSeconds(Integer.getInteger("faults.clock.skewSeconds", 5))));
  }

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    List<Fault> chosen = new ArrayList<>();
    for (Fault fault : faults()) {
      if (args.length == 0 || List.of(args).contains(fault.name())) {
        chosen.add(fault);
      }
    }
    if (chosen.isEmpty()) {
      System.err.println(
          "usage: scripts/faults.sh [FAULT...], FAULT one of "
              + faults().stream().map(Fault::name).toList());
      System.exit(2);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(FaultSuite::killLeftovers));
    Path dir = Path.of(System.getProperty("faults.db.dir", "benchmarks/target/faults-mariadb"));
    List<FaultResult> results = new ArrayList<>();
    long started = System.nanoTime();
    try (PrivateMariaDb db = PrivateMariaDb.start(dir.toAbsolutePath(), PORT)) {
      System.out.printf("private MariaDB on 127.0.0.1:%d, data in %s%n", db.port(), dir);
      for (Fault fault : chosen) {
        results.add(run(db, fault));
      }
    }
    print(results);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ranAt", Instant.now().toString());
    json.put("seconds", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
    json.put("passed", results.stream().allMatch(FaultResult::passed));
    json.put("faults", results.stream().map(FaultResult::toMap).toList());
    Files.createDirectories(resultsDir);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("faults.json").toFile(), json);
    if (!results.stream().allMatch(FaultResult::passed)) {
      System.out.println("FAILED: a fault lost or doubled work, or did not recover");
      System.exit(1);
    }
  }

  private static FaultResult run(PrivateMariaDb db, Fault fault) {
    FaultResult result = new FaultResult(fault.name(), fault.what());
    System.out.printf("%n== %s: %s%n", fault.name(), fault.what());
    ExecutorService one = Executors.newSingleThreadExecutor();
    long started = System.nanoTime();
    Future<?> running =
        one.submit(
            () -> {
              fault.run(db, result);
              return null;
            });
    try {
      running.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.error = "timed out after " + TIMEOUT.toSeconds() + " s";
      running.cancel(true);
    } catch (Exception e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      result.error = cause.toString();
      cause.printStackTrace();
    } finally {
      one.shutdownNow();
      killLeftovers();
    }
    result.details.put("faultSeconds", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    System.out.printf(
        "   in flight %d, lost %d, doubled %d, recovery %s ms, %s%n",
        result.inFlight,
        result.lost,
        result.doubled,
        result.recoveryMs,
        result.passed() ? "passed" : "FAILED " + result.checks + " " + result.error);
    return result;
  }

  private static void killLeftovers() {
    for (AppProcess app : FaultKit.STARTED) {
      if (app.alive()) {
        try {
          app.kill();
        } catch (Exception ignored) {
          // exiting anyway
        }
      }
    }
  }

  private static void print(List<FaultResult> results) {
    System.out.println();
    System.out.println("| fault | in flight | lost | doubled | recovery | checks |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (FaultResult r : results) {
      System.out.printf(
          "| %s | %d | %d | %d | %s | %s |%n",
          r.name,
          r.inFlight,
          r.lost,
          r.doubled,
          r.recoveryMs == null ? "—" : String.format("%.1f s", r.recoveryMs / 1000.0),
          r.error != null
              ? "error: " + r.error
              : r.checks.containsValue(false) ? "FAILED " + r.checks : "all held");
    }
  }
}
