package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two instances in simulator mode, agents READY, a burst of follow-ups due at once (an upload of
 * records from yesterday): the instance running the dial loop is killed with SIGKILL while its
 * simulated calls ring. The survivor takes the loop over and dials on; the calls that died with the
 * killed instance return to the queue after the dial lease; no follow-up is dialed twice and no
 * number is dialed twice at once.
 */
final class DialKill implements FaultSuite.Fault {

  private static final int AGENTS = 4;
  private static final int LATE_AGENTS = 2;

  private final int records;

  DialKill(int records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "kill-during-dialing";
  }

  @Override
  public String what() {
    return "SIGKILL the instance running the dial loop while "
        + records
        + " follow-ups fall due at once and its simulated calls ring; the other dials on";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_dial");
    Map<String, String> env = new HashMap<>();
    // nobody answers: every call ends by itself, no agent has to finish it
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_HUMAN_ANSWER_RATE", "0");
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_MACHINE_RATE", "0");
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_BUSY_RATE", "0");
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_RING_SECONDS_MIN", "1");
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_RING_SECONDS_MAX", "2");
    env.put("FOLLOWUP_TELEPHONY_SIMULATOR_NO_ANSWER_SECONDS", "6");
    // a call that died with its instance returns to the queue after this
    env.put("FOLLOWUP_DISPATCH_DIAL_LEASE", "15s");
    AppProcess a = kit.start(env);
    AppProcess b = kit.start(env);
    try {
      String admin = a.adminToken();
      kit.dealer(a, admin);
      for (int i = 0; i < AGENTS; i++) {
        String user = "fault-agent-" + i;
        a.post(
            "/api/users",
            admin,
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "{\"username\":\""
                    + user
                    + "\",\"password\":\"agent-password-1\",\"roles\":[\"AGENT\"]}"));
        AppProcess on = i % 2 == 0 ? a : b;
        String token = FaultKit.login(on, user, "agent-password-1");
        HttpResponse<String> ready = on.put("/api/agent/state", token, "{\"state\":\"READY\"}");
        if (ready.statusCode() / 100 != 2) {
          throw new IllegalStateException("agent not READY: " + ready.body());
        }
      }
      // agents who come on duty after the kill: the calls that died with the instance still count
      // as ringing for the ones on duty (as a real provider's calls would, whose callbacks reach
      // the survivor), so these show the survivor dialing
      for (int i = 0; i < LATE_AGENTS; i++) {
        a.post(
            "/api/users",
            admin,
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"fault-late-agent-"
                    + i
                    + "\",\"password\":\"agent-password-1\",\"roles\":[\"AGENT\"]}"));
      }
      HttpResponse<String> upload =
          FaultKit.upload(a, admin, "C-", 0, records, Duration.ofMinutes(2));
      if (upload.statusCode() != 200) {
        throw new IllegalStateException("upload refused: " + upload.body());
      }
      FaultKit.await(
          () -> kit.countNow("SELECT COUNT(*) FROM call_attempt") >= 12,
          Duration.ofSeconds(90),
          "simulated calls placed");
      AppProcess dialer = kit.owner("dialer", List.of(a, b), Duration.ofSeconds(30));
      AppProcess dispatcher = kit.owner("followup-dispatch", List.of(a, b), Duration.ofSeconds(30));
      AppProcess survivor = dialer == a ? b : a;
      result.details.put("dispatchOnTheKilledInstance", dispatcher == dialer);
      long killed = System.nanoTime();
      result.details.put("killedExitCode", dialer.kill());
      String killedAt = kit.strings("SELECT UTC_TIMESTAMP(3)").get(0);
      result.inFlight = kit.count("SELECT COUNT(*) FROM call_attempt WHERE stage < 4");
      result.details.put("attemptsBeforeTheKill", kit.count("SELECT COUNT(*) FROM call_attempt"));
      for (int i = 0; i < LATE_AGENTS; i++) {
        String token = FaultKit.login(survivor, "fault-late-agent-" + i, "agent-password-1");
        HttpResponse<String> ready =
            survivor.put("/api/agent/state", token, "{\"state\":\"READY\"}");
        if (ready.statusCode() / 100 != 2) {
          throw new IllegalStateException("late agent not READY: " + ready.body());
        }
      }
      kit.execute(
          "CREATE TABLE fault_in_flight AS SELECT id, follow_up_id FROM call_attempt"
              + " WHERE stage < 4");
      FaultKit.await(
          () ->
              kit.countNow("SELECT COUNT(*) FROM call_attempt WHERE placed_at > '" + killedAt + "'")
                  > 0,
          Duration.ofSeconds(60),
          "a call placed by the survivor");
      result.recoveryMs = FaultKit.millisSince(killed);
      // the calls that died with the instance: their follow-ups leave DIALING after the dial lease
      FaultKit.await(
          () ->
              kit.countNow(
                      "SELECT COUNT(*) FROM fault_in_flight i JOIN follow_up f"
                          + " ON f.id = i.follow_up_id WHERE f.status = 'DIALING' AND NOT EXISTS"
                          + " (SELECT 1 FROM call_attempt c WHERE c.follow_up_id = f.id"
                          + " AND c.id <> i.id)")
                  == 0,
          Duration.ofSeconds(90),
          "the killed instance's calls settled or retried");
      Thread.sleep(5000); // the survivor dials on: time for a double dial to show

      long orphans =
          kit.count(
              "SELECT COUNT(*) FROM fault_in_flight i JOIN call_attempt c ON c.id = i.id"
                  + " WHERE c.ended_at IS NULL");
      // a follow-up dialed again although its earlier call ended (an unanswered call waits
      // followup.dispatch.default-retry, an hour, before the next)
      long dialedTwice =
          kit.count(
              "SELECT COUNT(*) FROM call_attempt x JOIN call_attempt y"
                  + " ON y.follow_up_id = x.follow_up_id AND y.id > x.id"
                  + " WHERE x.ended_at IS NOT NULL OR x.id NOT IN (SELECT id FROM fault_in_flight)");
      // one number with two calls at once (a call that died with its instance ends at the kill)
      long numberTwiceAtOnce =
          kit.count(
              "SELECT COUNT(*) FROM call_attempt x JOIN call_attempt y"
                  + " ON y.phone = x.phone AND y.id > x.id"
                  + " WHERE y.placed_at < COALESCE(x.ended_at, '"
                  + killedAt
                  + "') AND x.placed_at < COALESCE(y.ended_at, UTC_TIMESTAMP(3))");
      long stuck =
          kit.count(
              "SELECT COUNT(*) FROM follow_up f WHERE f.status = 'DIALING' AND NOT EXISTS"
                  + " (SELECT 1 FROM call_attempt c WHERE c.follow_up_id = f.id"
                  + " AND c.ended_at IS NULL AND c.placed_at > '"
                  + killedAt
                  + "')"
                  + " AND EXISTS (SELECT 1 FROM fault_in_flight i WHERE i.follow_up_id = f.id)");
      result.lost = stuck;
      result.doubled = dialedTwice + numberTwiceAtOnce;
      result.details.put("callsThatDiedWithTheInstance", orphans);
      result.details.put(
          "attemptsPlacedBySurvivor",
          kit.count("SELECT COUNT(*) FROM call_attempt WHERE placed_at > '" + killedAt + "'"));
      result.details.put("attempts", kit.count("SELECT COUNT(*) FROM call_attempt"));
      result.details.put(
          "maxDialsPerNumber",
          kit.count(
              "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM call_attempt"
                  + " GROUP BY phone) x"));
      result.details.put("followUpDialedAgain", dialedTwice);
      result.details.put("numberDialedTwiceAtOnce", numberTwiceAtOnce);
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
}
