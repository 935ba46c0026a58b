package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two instances; tickets for a department whose receiver holds every delivery open. The instance
 * whose delivery loop sent them is killed with SIGKILL; the survivor takes the loop over and
 * delivers each ticket once, under the delivery id written with the ticket.
 */
final class DeliveryKill implements FaultSuite.Fault {

  private static final String SECRET = "fault-suite-department-secret-0123";
  private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");

  private final int tickets;

  DeliveryKill(int tickets) {
    this.tickets = tickets;
  }

  @Override
  public String name() {
    return "kill-during-deliveries";
  }

  @Override
  public String what() {
    return "SIGKILL the instance sending "
        + tickets
        + " department deliveries (the receiver holds them open); the other delivers them";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_delivery");
    AppProcess a = kit.start(Map.of());
    AppProcess b = kit.start(Map.of());
    try (HoldingReceiver receiver = new HoldingReceiver(SECRET)) {
      String admin = a.adminToken();
      HttpResponse<String> put =
          a.put(
              "/api/departments/service",
              admin,
              "{\"name\":\"Service station\",\"webhookUrl\":\""
                  + receiver.url("/hook")
                  + "\",\"webhookSecret\":\""
                  + SECRET
                  + "\"}");
      if (put.statusCode() / 100 != 2) {
        throw new IllegalStateException("department not saved: " + put.body());
      }
      String manager = FaultKit.manager(a, admin);
      List<Long> opened = new ArrayList<>();
      for (int i = 0; i < tickets; i++) {
        // half the tickets through each instance: either takes them
        AppProcess through = i % 2 == 0 ? a : b;
        HttpResponse<String> ticket =
            through.post(
                "/api/tickets",
                manager,
                "application/json",
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"PROBLEM\",\"customerPhone\":\"+86138"
                        + String.format("%08d", i)
                        + "\",\"department\":\"service\",\"summary\":\"fault ticket "
                        + i
                        + "\"}"));
        Matcher id = ID.matcher(ticket.body());
        if (ticket.statusCode() != 201 || !id.find()) {
          throw new IllegalStateException("ticket refused: " + ticket.body());
        }
        opened.add(Long.parseLong(id.group(1)));
      }
      FaultKit.await(
          () -> receiver.held.size() >= Math.min(tickets, 10),
          Duration.ofSeconds(60),
          "deliveries held by the receiver");
      AppProcess owner = kit.owner("department-deliveries", List.of(a, b), Duration.ofSeconds(30));
      AppProcess survivor = owner == a ? b : a;
      result.inFlight = kit.count("SELECT COUNT(*) FROM sla_delivery WHERE delivered_at IS NULL");
      result.details.put("heldByTheReceiver", receiver.held.size());
      long killed = System.nanoTime();
      result.details.put("killedExitCode", owner.kill());
      receiver.release();
      FaultKit.await(
          () -> opened.stream().allMatch(receiver.acceptedByTicket::containsKey),
          Duration.ofSeconds(90),
          "every ticket delivered by the survivor");
      result.recoveryMs = Duration.ofNanos(receiver.lastAcceptedNanos - killed).toMillis();
      Thread.sleep(3000); // time for a duplicate to show

      long lost = opened.stream().filter(t -> !receiver.acceptedByTicket.containsKey(t)).count();
      long doubled = 0;
      for (var accepted : receiver.acceptedById.values()) {
        doubled += Math.max(0, accepted.get() - 1);
      }
      for (Set<String> ids : receiver.acceptedByTicket.values()) {
        doubled += Math.max(0, ids.size() - 1);
      }
      long notifiedTwice =
          kit.count(
              "SELECT COUNT(*) FROM (SELECT ticket_id FROM sla_ticket_event"
                  + " WHERE event_type = 'DEPARTMENT_NOTIFIED' GROUP BY ticket_id"
                  + " HAVING COUNT(*) > 1) x");
      long notNotified =
          kit.count(
              "SELECT COUNT(*) FROM sla_ticket t WHERE NOT EXISTS (SELECT 1 FROM sla_ticket_event"
                  + " e WHERE e.ticket_id = t.id AND e.event_type = 'DEPARTMENT_NOTIFIED')");
      // a delivery id the receiver accepted that is not the one written with its ticket
      long foreignIds = 0;
      Set<String> written = Set.copyOf(kit.strings("SELECT delivery_id FROM sla_delivery"));
      for (String id : receiver.acceptedById.keySet()) {
        if (!written.contains(id)) {
          foreignIds++;
        }
      }
      result.lost = lost + notNotified;
      result.doubled = doubled + notifiedTwice + foreignIds;
      result.details.put("tickets", opened.size());
      result.details.put("posts", receiver.posts.get());
      result.details.put("badSignatures", receiver.badSignatures.get());
      result.checks.put("survivorStillUp", survivor.alive());
      result.checks.put("signaturesValid", receiver.badSignatures.get() == 0);
    } finally {
      a.close();
      b.close();
    }
  }
}
