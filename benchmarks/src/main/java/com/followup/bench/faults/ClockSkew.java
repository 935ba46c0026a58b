package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two instances, one of them with its clock {@code skew} ahead (the fault-injection setting {@code
 * followup.clock.offset}); tickets whose first SLA target falls due over the next minute, for a
 * department whose webhook is down (so nothing meets the target). Each target must be breached
 * once, and not before it is due by the real clock.
 */
final class ClockSkew implements FaultSuite.Fault {

  private static final int TICKETS = 10;

  private final Duration skew;

  ClockSkew(Duration skew) {
    this.skew = skew;
  }

  @Override
  public String name() {
    return "clock-skew";
  }

  @Override
  public String what() {
    return "one of two instances runs "
        + skew.toSeconds()
        + " s ahead; "
        + TICKETS
        + " SLA targets fall due while both run";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_clock");
    AppProcess ahead = kit.start(Map.of("FOLLOWUP_CLOCK_OFFSET", skew.toMillis() + "ms"));
    AppProcess right = kit.start(Map.of());
    try {
      String admin = right.adminToken();
      HttpResponse<String> put =
          right.put(
              "/api/departments/down",
              admin,
              "{\"name\":\"Down\",\"webhookUrl\":\"http://127.0.0.1:"
                  + FaultKit.freePort()
                  + "/hook\",\"webhookSecret\":\"fault-suite-department-secret-0123\"}");
      if (put.statusCode() / 100 != 2) {
        throw new IllegalStateException("department not saved: " + put.body());
      }
      String manager = FaultKit.manager(right, admin);
      // PROBLEM: "transferred" within 1 h; opened 1 h minus 20 s + 3 s × i ago
      Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(1));
      for (int i = 0; i < TICKETS; i++) {
        Instant opened = base.plusSeconds(20 + 3L * i);
        HttpResponse<String> ticket =
            right.post(
                "/api/tickets",
                manager,
                "application/json",
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"PROBLEM\",\"customerPhone\":\"+86139"
                        + String.format("%08d", i)
                        + "\",\"department\":\"down\",\"summary\":\"clock ticket "
                        + i
                        + "\",\"openedAt\":\""
                        + opened
                        + "\"}"));
        if (ticket.statusCode() != 201) {
          throw new IllegalStateException("ticket refused: " + ticket.body());
        }
      }
      long targets = kit.count("SELECT COUNT(*) FROM sla_target");
      Map<Long, Long> seenBreached = new HashMap<>();
      Map<Long, Long> dueMillis = new HashMap<>();
      Map<Long, String> firedBy = new HashMap<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      List<AppProcess> both = List.of(ahead, right);
      while (System.nanoTime() < deadline && seenBreached.size() < TICKETS) {
        String owner = null;
        try {
          AppProcess o = kit.owner("sla-timers", both, Duration.ofMillis(1));
          owner = o == ahead ? "ahead" : "right";
        } catch (IllegalStateException none) {
          // between leases
        }
        long now = System.currentTimeMillis();
        try (Connection c = db.connect("flt17_clock");
            Statement s = c.createStatement();
            ResultSet rows =
                s.executeQuery(
                    "SELECT id, ROUND(UNIX_TIMESTAMP(due_at) * 1000), status FROM sla_target"
                        + " WHERE name = 'transferred'")) {
          while (rows.next()) {
            dueMillis.put(rows.getLong(1), rows.getLong(2));
            if ("BREACHED".equals(rows.getString(3))
                && !seenBreached.containsKey(rows.getLong(1))) {
              seenBreached.put(rows.getLong(1), now);
              firedBy.put(rows.getLong(1), owner);
            }
          }
        }
        Thread.sleep(100);
      }
      Thread.sleep(3000); // a second breach would show now
      long early = 0;
      List<Long> lateness = new ArrayList<>();
      for (var e : seenBreached.entrySet()) {
        long late = e.getValue() - dueMillis.get(e.getKey());
        lateness.add(late);
        // seen by polling every 100 ms: seen before it was due means it fired early
        if (late < 0) {
          early++;
        }
      }
      long recordedEarly =
          kit.count(
              "SELECT COUNT(*) FROM sla_target WHERE name = 'transferred'"
                  + " AND breached_at < due_at");
      long doubled =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT ticket_id, target FROM sla_breach"
                  + " GROUP BY ticket_id, target HAVING COUNT(*) > 1) x");
      long notBreached = TICKETS - seenBreached.size();
      lateness.sort(null);
      result.inFlight = TICKETS;
      result.lost = notBreached;
      result.doubled = doubled;
      result.recoveryMs = lateness.isEmpty() ? null : lateness.get(lateness.size() - 1);
      result.details.put("targets", targets);
      result.details.put("breachesSeenBeforeDue", early);
      result.details.put("breachedAtBeforeDueAt", recordedEarly);
      result.details.put("msAfterDueSeen", lateness);
      result.details.put(
          "loopOwnerWhenSeen", firedBy.values().stream().map(String::valueOf).sorted().toList());
      result.checks.put("noBreachBeforeItsTargetWasDue", early == 0 && recordedEarly == 0);
    } finally {
      ahead.close();
      right.close();
    }
  }
}
