package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two instances; a large upload to the first, which is killed with SIGKILL when half the file is
 * sent. The client sends the same file to the survivor: every record is stored once and its first
 * follow-up planned once.
 */
final class UploadKill implements FaultSuite.Fault {

  private final int records;

  UploadKill(int records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "kill-during-upload";
  }

  @Override
  public String what() {
    return "SIGKILL an instance half-way through a "
        + records
        + "-record upload; the client retries on the other instance";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_upload");
    AppProcess first = kit.start(Map.of());
    AppProcess survivor = kit.start(Map.of());
    try {
      String token = first.adminToken();
      kit.dealer(first, token);
      CountDownLatch halfSent = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> upload =
          FaultKit.upload(
              first, token, FaultKit.file("U-", records, halfSent), Duration.ofMinutes(5));
      if (!halfSent.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("half the upload not sent in 120 s");
      }
      Thread.sleep(500); // the server writes some batches
      result.inFlight = records;
      long killed = System.nanoTime();
      int exit = first.kill();
      result.details.put("killedExitCode", exit);
      String firstOutcome =
          upload
              .handle((r, e) -> r != null ? "answered " + r.statusCode() : "failed: " + e)
              .get(60, TimeUnit.SECONDS);
      result.details.put("firstTry", firstOutcome);
      long afterKill = kit.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = 'FLT'");
      result.details.put("recordsStoredByTheKilledTry", afterKill);
      result.checks.put("theKilledTryLeftNothingHalfWritten", afterKill == 0);

      HttpResponse<String> retried =
          FaultKit.upload(
                  survivor,
                  survivor.adminToken(),
                  FaultKit.file("U-", records, new CountDownLatch(1)),
                  Duration.ofMinutes(5))
              .get(6, TimeUnit.MINUTES);
      result.recoveryMs = FaultKit.millisSince(killed);
      result.details.put("retryStatus", retried.statusCode());
      result.details.put("retryAccepted", FaultKit.accepted(retried.body()));
      result.checks.put("theRetryWasAccepted", retried.statusCode() == 200);

      long stored = kit.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = 'FLT'");
      long distinct =
          kit.count(
              "SELECT COUNT(DISTINCT record_id) FROM dealer_record WHERE dealer_code = 'FLT'");
      long followUps = kit.count("SELECT COUNT(*) FROM follow_up WHERE dealer_code = 'FLT'");
      long withoutFollowUp =
          kit.count(
              "SELECT COUNT(*) FROM dealer_record r WHERE r.dealer_code = 'FLT' AND NOT EXISTS"
                  + " (SELECT 1 FROM follow_up f WHERE f.record_pk = r.id)");
      long plannedTwice =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT record_pk FROM follow_up WHERE dealer_code = 'FLT'"
                  + " AND step = 1 GROUP BY record_pk, campaign HAVING COUNT(*) > 1) x");
      long uploads = kit.count("SELECT COUNT(*) FROM record_upload WHERE dealer_code = 'FLT'");
      result.details.put("recordsStored", stored);
      result.details.put("followUpsPlanned", followUps);
      result.details.put("uploadsStored", uploads);
      result.lost = (records - distinct) + withoutFollowUp;
      result.doubled = (stored - distinct) + plannedTwice + Math.max(0, followUps - distinct);
      result.checks.put("oneUploadStored", uploads == 1);
      result.checks.put("survivorStillUp", survivor.alive());
    } finally {
      survivor.close();
      first.close();
    }
  }
}
