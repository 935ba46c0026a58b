package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Two instances; an upload of records from yesterday makes every record's first follow-up due at
 * once, and the instance holding the dispatch loop is killed with SIGKILL while it releases them to
 * the dial queue. The survivor takes the loop over and releases the rest: every follow-up reaches
 * the queue exactly once (one DUE event), none is left behind, none planned twice. Nobody is on
 * duty, so nothing is dialed: the released steps wait in the queue.
 */
final class DispatchKill implements FaultSuite.Fault {

  private static final String DEALER = "FLTD";

  private final int records;

  DispatchKill(int records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "kill-during-dispatch";
  }

  @Override
  public String what() {
    return "SIGKILL the instance running the dispatch loop while it releases "
        + records
        + " follow-ups due at once; the other releases the rest";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_dispatch");
    AppProcess a = kit.start(Map.of());
    AppProcess b = kit.start(Map.of());
    try {
      String admin = a.adminToken();
      // customers where it is early afternoon now: inside the calling hours, released at once
      int offset = Math.floorMod(13 - ZonedDateTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12;
      String zone =
          offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
      HttpResponse<String> dealer =
          a.post(
              "/api/dealers",
              admin,
              "application/json",
              HttpRequest.BodyPublishers.ofString(
                  "{\"code\":\""
                      + DEALER
                      + "\",\"name\":\"Fault Dispatch\",\"country\":\"CN\",\"timezone\":\""
                      + zone
                      + "\"}"));
      if (dealer.statusCode() / 100 != 2) {
        throw new IllegalStateException("dealer not created: " + dealer.body());
      }
      // the customers' own zone (a Chinese mobile number alone would place them in Shanghai)
      StringBuilder file = new StringBuilder(FaultKit.HEADER.strip() + ",timezone\n");
      String day = FaultKit.yesterday();
      for (int i = 0; i < records; i++) {
        file.append("PURCHASE,D-").append(i).append(',').append(day).append(",Customer ");
        file.append(i).append(',').append(13_000_000_000L + i).append(',').append(zone);
        file.append('\n');
      }
      HttpResponse<String> upload =
          a.post(
              "/api/dealers/" + DEALER + "/records",
              admin,
              "text/csv",
              HttpRequest.BodyPublishers.ofString(file.toString()));
      if (upload.statusCode() != 200 || FaultKit.accepted(upload.body()) != records) {
        throw new IllegalStateException("upload refused: " + upload.body());
      }
      AppProcess dispatcher = kit.owner("followup-dispatch", List.of(a, b), Duration.ofSeconds(60));
      AppProcess survivor = dispatcher == a ? b : a;
      // strike while the burst is being released: some in the queue, most still to go
      FaultKit.await(
          () -> due(kit) >= Math.max(1, records / 20),
          Duration.ofSeconds(120),
          "the first follow-ups released");
      result.details.put("releasedBeforeTheKill", due(kit));
      long killed = System.nanoTime();
      result.details.put("killedExitCode", dispatcher.kill());
      String killedAt = kit.strings("SELECT UTC_TIMESTAMP(3)").get(0);
      result.inFlight = kit.count("SELECT COUNT(*) FROM follow_up WHERE status = 'SCHEDULED'");
      result.details.put("releasedAtTheKill", due(kit));
      FaultKit.await(
          () ->
              kit.countNow(
                      "SELECT COUNT(*) FROM follow_up_event WHERE status = 'DUE'"
                          + " AND happened_at > '"
                          + killedAt
                          + "'")
                  > 0,
          Duration.ofSeconds(90),
          "a follow-up released by the survivor");
      result.recoveryMs = FaultKit.millisSince(killed);
      FaultKit.await(
          () ->
              kit.countNow("SELECT COUNT(*) FROM follow_up WHERE status <> 'SCHEDULED'") >= records,
          Duration.ofSeconds(180),
          "every follow-up released");
      result.details.put("recoveredToAllReleasedMs", FaultKit.millisSince(killed));
      Thread.sleep(3000); // the survivor goes on: time for a second release to show

      long recordsWithoutStep =
          kit.count(
              "SELECT COUNT(*) FROM dealer_record r WHERE r.dealer_code = '"
                  + DEALER
                  + "' AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.record_pk = r.id)");
      long leftBehind =
          kit.count(
              "SELECT COUNT(*) FROM follow_up WHERE status = 'SCHEDULED'"
                  + " AND next_attempt_at < '"
                  + killedAt
                  + "'");
      long releasedTwice =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT follow_up_id FROM follow_up_event WHERE status = 'DUE'"
                  + " GROUP BY follow_up_id HAVING COUNT(*) > 1) x");
      long plannedTwice =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT record_pk FROM follow_up WHERE campaign = 'purchase'"
                  + " AND step = 1 GROUP BY record_pk HAVING COUNT(*) > 1) x");
      result.lost = recordsWithoutStep + leftBehind;
      result.doubled = releasedTwice + plannedTwice;
      result.details.put("recordsWithoutAFollowUp", recordsWithoutStep);
      result.details.put("dueLeftScheduled", leftBehind);
      result.details.put("releasedTwice", releasedTwice);
      result.details.put("plannedTwice", plannedTwice);
      result.details.put(
          "releasedBySurvivor",
          kit.count(
              "SELECT COUNT(*) FROM follow_up_event WHERE status = 'DUE' AND happened_at > '"
                  + killedAt
                  + "'"));
      result.details.put(
          "followUpsByStatus",
          kit.strings(
              "SELECT CONCAT(status, '=', COUNT(*)) FROM follow_up GROUP BY status"
                  + " ORDER BY status"));
      result.checks.put("survivorStillUp", survivor.alive());
    } finally {
      a.close();
      b.close();
    }
  }

  private static long due(FaultKit kit) {
    return kit.countNow("SELECT COUNT(*) FROM follow_up WHERE status = 'DUE'");
  }
}
