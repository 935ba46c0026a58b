package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two instances under load (uploads to both, the dispatcher planning their follow-ups); the suite's
 * private MariaDB is stopped for {@code outage} and started again. The instances must come back by
 * themselves, /health must report the outage while it lasts, every upload answered 200 must be
 * stored, and every refused one stores whole when sent again.
 */
final class DatabaseRestart implements FaultSuite.Fault {

  private static final int ROWS_PER_UPLOAD = 200;

  private final Duration outage;

  DatabaseRestart(Duration outage) {
    this.outage = outage;
  }

  @Override
  public String name() {
    return "mariadb-restart";
  }

  @Override
  public String what() {
    return "stop the MariaDB server for "
        + outage.toSeconds()
        + " s under uploads to two instances, then start it again";
  }

  /** One upload the load sent, and what came of it. */
  record Sent(
      int index, String dealer, AppProcess to, long at, int status, long accepted, String error) {}

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_restart");
    AppProcess a = kit.start(Map.of());
    AppProcess b = kit.start(Map.of());
    List<AppProcess> apps = List.of(a, b);
    ExecutorService threads = Executors.newCachedThreadPool();
    AtomicBoolean loading = new AtomicBoolean(true);
    try {
      String token = a.adminToken();
      for (int d = 0; d < apps.size() * 2; d++) {
        kit.dealer(a, token, "FLTR" + d);
      }
      List<Sent> sent = new CopyOnWriteArrayList<>();
      AtomicInteger next = new AtomicInteger();
      // what each instance's /health answered: [nanos, status (0 = no answer)]
      Map<AppProcess, List<long[]>> health = new ConcurrentHashMap<>();
      for (AppProcess app : apps) {
        health.put(app, new CopyOnWriteArrayList<>());
        threads.submit(
            () -> {
              while (loading.get()) {
                long at = System.nanoTime();
                int status;
                try {
                  status = app.get("/health", null).statusCode();
                } catch (Exception e) {
                  status = 0;
                }
                health.get(app).add(new long[] {at, status});
                sleep(200);
              }
              return null;
            });
        for (int client = 0; client < 2; client++) {
          // each client uploads for a dealer of its own (one dealer's uploads are serialised)
          String dealer = "FLTR" + (apps.indexOf(app) * 2 + client);
          threads.submit(
              () -> {
                while (loading.get()) {
                  int i = next.getAndIncrement();
                  sent.add(send(app, token, dealer, i));
                }
                return null;
              });
        }
      }
      Thread.sleep(5000); // load before the fault
      long stopped = System.nanoTime();
      db.stopServer();
      System.out.println("  MariaDB stopped");
      Thread.sleep(outage.toMillis());
      long restarted = System.nanoTime();
      db.startServer();
      System.out.println("  MariaDB started again");
      // recovered: every instance answers /health 200 and has stored an upload sent after it
      long[] recoveredAt = new long[apps.size()];
      FaultKit.await(
          () -> {
            for (int k = 0; k < apps.size(); k++) {
              AppProcess app = apps.get(k);
              if (recoveredAt[k] == 0) {
                boolean healthy =
                    health.get(app).stream().anyMatch(h -> h[0] > restarted && h[1] == 200);
                if (healthy && lastStored.getOrDefault(app, 0L) > restarted) {
                  recoveredAt[k] = System.nanoTime();
                }
              }
            }
            return recoveredAt[0] != 0 && recoveredAt[1] != 0;
          },
          Duration.ofSeconds(120),
          "both instances healthy and storing uploads after the restart");
      long recovered = Math.max(recoveredAt[0], recoveredAt[1]);
      result.recoveryMs = Duration.ofNanos(recovered - restarted).toMillis();
      Thread.sleep(2000);
      loading.set(false);
      threads.shutdown();
      threads.awaitTermination(60, TimeUnit.SECONDS);

      List<Sent> refused = sent.stream().filter(s -> s.status() != 200).toList();
      result.inFlight = refused.size();
      int retriedOk = 0;
      for (Sent s : refused) {
        Sent again = send(a, token, s.dealer(), s.index());
        if (again.status() == 200) {
          retriedOk++;
        }
      }
      List<Sent> acknowledged = sent.stream().filter(s -> s.status() == 200).toList();
      long expected = (long) (acknowledged.size() + retriedOk) * ROWS_PER_UPLOAD;
      long missing = 0;
      for (Sent s : acknowledged) {
        long stored =
            kit.count(
                "SELECT COUNT(*) FROM dealer_record WHERE dealer_code LIKE 'FLTR%' AND record_id LIKE 'D"
                    + s.index()
                    + "-%'");
        missing += ROWS_PER_UPLOAD - stored;
      }
      long stored = kit.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code LIKE 'FLTR%'");
      long distinct =
          kit.count(
              "SELECT COUNT(DISTINCT record_id) FROM dealer_record WHERE dealer_code LIKE 'FLTR%'");
      long plannedTwice =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT record_pk FROM follow_up WHERE dealer_code LIKE 'FLTR%'"
                  + " AND step = 1 GROUP BY record_pk, campaign HAVING COUNT(*) > 1) x");
      long withoutFollowUp =
          kit.count(
              "SELECT COUNT(*) FROM dealer_record r WHERE r.dealer_code LIKE 'FLTR%' AND NOT EXISTS"
                  + " (SELECT 1 FROM follow_up f WHERE f.record_pk = r.id)");
      result.lost = missing + (expected - distinct > 0 ? expected - distinct : 0) + withoutFollowUp;
      result.doubled = (stored - distinct) + plannedTwice;
      result.details.put("uploadsSent", sent.size());
      result.details.put("uploadsAcknowledged", acknowledged.size());
      result.details.put("uploadsRefusedDuringOutage", refused.size());
      result.details.put("refusedThenStoredOnRetry", retriedOk);
      result.details.put("recordsStored", stored);
      result.details.put("recordsExpected", expected);
      Map<String, Long> refusals = new java.util.TreeMap<>();
      for (Sent s : refused) {
        refusals.merge(s.status() + (s.error() == null ? "" : " " + s.error()), 1L, Long::sum);
      }
      result.details.put("refusalsByStatus", refusals);
      result.details.put(
          "refusedAfterRecovery", refused.stream().filter(s -> s.at() > recovered).count());
      result.checks.put("everyRefusedUploadStoredWhenSentAgain", retriedOk == refused.size());
      for (int k = 0; k < apps.size(); k++) {
        AppProcess app = apps.get(k);
        List<long[]> during =
            health.get(app).stream().filter(h -> h[0] > stopped && h[0] < restarted).toList();
        long down = during.stream().filter(h -> h[1] != 200).count();
        result.details.put("instance" + (k + 1) + "HealthChecksDuringOutage", during.size());
        result.details.put("instance" + (k + 1) + "HealthNot200DuringOutage", down);
        result.checks.put("instance" + (k + 1) + "HealthReportedTheOutage", down > 0);
        result.checks.put("instance" + (k + 1) + "UpWithoutRestart", app.alive());
      }
    } finally {
      loading.set(false);
      threads.shutdownNow();
      a.close();
      b.close();
    }
  }

  /** When each instance last answered an upload with 200 (nanos). */
  private static final Map<AppProcess, Long> lastStored = new ConcurrentHashMap<>();

  private static Sent send(AppProcess app, String token, String dealer, int index) {
    long at = System.nanoTime();
    try {
      HttpResponse<String> r =
          FaultKit.upload(
              app, token, dealer, "D" + index + "-", 0, ROWS_PER_UPLOAD, Duration.ofSeconds(30));
      if (r.statusCode() == 200) {
        lastStored.put(app, System.nanoTime());
      } else {
        sleep(200);
      }
      return new Sent(index, dealer, app, at, r.statusCode(), FaultKit.accepted(r.body()), null);
    } catch (Exception e) {
      sleep(200);
      return new Sent(index, dealer, app, at, 0, -1, e.getClass().getSimpleName());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
