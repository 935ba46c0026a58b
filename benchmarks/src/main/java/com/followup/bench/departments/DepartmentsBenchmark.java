package com.followup.bench.departments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.followup.bench.AppProcess;
import com.followup.bench.Bench;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench.sh departments [TICKETS SECONDS CLIENTS]}: the packaged app on MariaDB;
 * 10,000 PROBLEM tickets for a department opened over HTTP within one minute (by 8 clients at once,
 * each POST as soon as its turn comes and a client is free), each delivered by the app's own
 * delivery loop to a signed webhook on loopback (a receiver in this process that checks the HMAC
 * signature). Measured per ticket: from the outbox row written in the ticket's transaction (its
 * {@code created_at}, at or before the commit) to the receiver accepting the delivery. Then the
 * same with the receiver answering 503 to a third of the first tries. Lost = tickets opened (201)
 * never accepted; duplicates = a delivery id accepted again, or a second delivery id accepted for
 * one ticket.
 */
public final class DepartmentsBenchmark implements Bench.Benchmark {

  private static final String SCHEMA = "followup_test_bench_departments";
  private static final String SECRET = "bench-department-secret-0123456789";
  private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern ANY_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int APP_PORT = Integer.getInteger("bench.departments.appPort", 18103);
  private static final int RECEIVER_PORT =
      Integer.getInteger("bench.departments.receiverPort", 18113);
  private static final Duration SETTLE = Duration.ofSeconds(120);

  @Override
  public void run(Path resultsDir, String[] args) throws Exception {
    int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    String url = BenchDatabase.fresh(SCHEMA);
    Map<String, Object> result = new LinkedHashMap<>();
    String loadBefore = loadAverage();
    Map<String, Object> plain;
    Map<String, Object> failing;
    try (WebhookReceiver receiver = new WebhookReceiver(RECEIVER_PORT, SECRET);
        AppProcess app = AppProcess.start(APP_PORT, url, List.of("-Xmx1g"), Map.of());
        Connection db = BenchDatabase.connect(SCHEMA)) {
      System.out.println("app log: " + app.log());
      String admin = app.adminToken();
      String manager = manager(app, admin);
      // one ticket first: the first ticket of a type writes its default SLA policy
      round(app, db, receiver, manager, admin, "bench-warm-up", 1, 1, 1, false);
      receiver.clear();
      System.out.printf(
          "opening %,d tickets in %d s, delivered to %s …%n", tickets, seconds, receiver.url("/"));
      plain =
          round(app, db, receiver, manager, admin, "bench-plain", tickets, seconds, clients, false);
      receiver.clear();
      System.out.println("again, the receiver failing a third of the first tries …");
      failing =
          round(
              app, db, receiver, manager, admin, "bench-failing", tickets, seconds, clients, true);
    }
    String loadAfter = loadAverage();
    result.put("tickets", failing.get("opened"));
    result.put("p99DeliveryMs", failing.get("p99DeliveryMs"));
    result.put("lost", failing.get("lost"));
    result.put("duplicates", failing.get("duplicates"));
    result.put("p50DeliveryMs", failing.get("p50DeliveryMs"));
    result.put("maxDeliveryMs", failing.get("maxDeliveryMs"));
    result.put("failingFirstTries", failing);
    result.put("receiverAlwaysAnswering", plain);
    result.put(
        "measure",
        "ms from the outbox row's created_at (written in the ticket's transaction) to the"
            + " receiver accepting the delivery");
    result.put("loadAverageBefore", loadBefore);
    result.put("loadAverageAfter", loadAfter);
    result.put("cores", Runtime.getRuntime().availableProcessors());
    print(plain, failing);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(resultsDir.resolve("departments.json").toFile(), result);
  }

  /** Opens the tickets for a new department, waits for their deliveries, and measures. */
  private static Map<String, Object> round(
      AppProcess app,
      Connection db,
      WebhookReceiver receiver,
      String manager,
      String admin,
      String department,
      int tickets,
      int seconds,
      int clients,
      boolean failing)
      throws Exception {
    String body =
        "{\"name\":\"Bench "
            + department
            + "\",\"webhookUrl\":\""
            + receiver.url("/" + department)
            + "\",\"webhookSecret\":\""
            + SECRET
            + "\",\"timezone\":\"Asia/Shanghai\"}";
    HttpResponse<String> put =
        send(
            app,
            HttpRequest.newBuilder(app.uri("/api/departments/" + department))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (put.statusCode() / 100 != 2) {
      throw new IllegalStateException("department not saved: " + put.body());
    }
    receiver.failAThirdOfFirstTries(failing);
    Set<Long> opened = ConcurrentHashMap.newKeySet();
    AtomicLong refused = new AtomicLong();
    double[] openingSeconds = {0};
    long openStart = System.nanoTime();
    String lastRefusal = open(app, manager, department, tickets, seconds, clients, opened, refused);
    long openedAt = System.nanoTime();
    openingSeconds[0] = (openedAt - openStart) / 1e9;
    long deadline = openedAt + SETTLE.toNanos();
    while (System.nanoTime() < deadline && !allAccepted(receiver, opened)) {
      Thread.sleep(200);
    }
    double drainSeconds = (System.nanoTime() - openedAt) / 1e9;
    // late duplicates would come after a lease (60 s) at the earliest; look a little longer
    Thread.sleep(5_000);
    receiver.failAThirdOfFirstTries(false);

    Map<String, Long> createdMillis = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT delivery_id, ROUND(UNIX_TIMESTAMP(created_at) * 1000) FROM sla_delivery"
                    + " WHERE department = '"
                    + department
                    + "'")) {
      while (rows.next()) {
        createdMillis.put(rows.getString(1), rows.getLong(2));
      }
    }
    List<Long> delays = new ArrayList<>();
    long duplicates = 0;
    for (Map.Entry<String, WebhookReceiver.Seen> e : receiver.deliveries.entrySet()) {
      WebhookReceiver.Seen seen = e.getValue();
      long accepted = seen.accepted.get();
      if (accepted > 1) {
        duplicates += accepted - 1;
      }
      Long created = createdMillis.get(e.getKey());
      if (accepted > 0 && created != null && opened.contains(seen.ticketId)) {
        delays.add(seen.firstAcceptedMillis - created);
      }
    }
    for (Set<String> ids : receiver.acceptedByTicket.values()) {
      duplicates += Math.max(0, ids.size() - 1);
    }
    long lost = opened.stream().filter(t -> !receiver.acceptedByTicket.containsKey(t)).count();
    long notifiedTwice =
        Measures.count(
            db,
            "SELECT COUNT(*) FROM (SELECT e.ticket_id FROM sla_ticket_event e"
                + " JOIN sla_ticket t ON t.id = e.ticket_id WHERE t.department = '"
                + department
                + "' AND e.event_type = 'DEPARTMENT_NOTIFIED'"
                + " GROUP BY e.ticket_id HAVING COUNT(*) > 1) x");
    long notified =
        Measures.count(
            db,
            "SELECT COUNT(*) FROM sla_delivery WHERE delivered_at IS NOT NULL AND department = '"
                + department
                + "'");
    delays.sort(null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("opened", opened.size());
    m.put("openingSeconds", Measures.round(openingSeconds[0]));
    m.put("clients", clients);
    m.put("refused", refused.get());
    if (lastRefusal != null) {
      m.put("lastRefusal", lastRefusal);
    }
    m.put("p50DeliveryMs", Measures.percentile(delays, 0.50));
    m.put("p99DeliveryMs", Measures.percentile(delays, 0.99));
    m.put("maxDeliveryMs", delays.isEmpty() ? null : delays.get(delays.size() - 1));
    m.put("lost", lost);
    m.put("duplicates", duplicates);
    m.put("notifiedTwice", notifiedTwice);
    m.put("deliveredInDatabase", notified);
    m.put("posts", receiver.posts.get());
    m.put("failedOnPurpose", receiver.failedOnPurpose.get());
    m.put("badSignatures", receiver.badSignatures.get());
    m.put("lastAcceptedAfterOpeningSeconds", Measures.round(drainSeconds));
    return m;
  }

  /**
   * POSTs {@code tickets} tickets evenly over {@code seconds} (at most {@code clients} in flight);
   * returns the last refusal's body, if any.
   */
  private static String open(
      AppProcess app,
      String token,
      String department,
      int tickets,
      int seconds,
      int clients,
      Set<Long> opened,
      AtomicLong refused)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Semaphore inFlight = new Semaphore(clients);
    String[] lastRefusal = {null};
    List<CompletableFuture<?>> all = new ArrayList<>();
    long start = System.nanoTime();
    long spacing = Duration.ofSeconds(seconds).toNanos() / tickets;
    for (int i = 0; i < tickets; i++) {
      long wait = start + i * spacing - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      inFlight.acquire();
      String body =
          "{\"type\":\"PROBLEM\",\"customerPhone\":\"+86138"
              + String.format("%08d", i)
              + "\",\"department\":\""
              + department
              + "\",\"summary\":\"bench ticket "
              + i
              + ": the washing machine leaks\"}";
      HttpRequest request =
          HttpRequest.newBuilder(app.uri("/api/tickets"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      all.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, error) -> {
                    inFlight.release();
                    Matcher id = response == null ? null : ID.matcher(response.body());
                    if (response != null && response.statusCode() == 201 && id.find()) {
                      opened.add(Long.parseLong(id.group(1)));
                    } else if (response != null && response.statusCode() == 201) {
                      Matcher any = ANY_ID.matcher(response.body());
                      if (any.find()) {
                        opened.add(Long.parseLong(any.group(1)));
                      }
                    } else {
                      refused.incrementAndGet();
                      lastRefusal[0] =
                          error != null
                              ? error.toString()
                              : response.statusCode() + " " + response.body();
                    }
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    System.out.printf(
        "  %,d opened (%,d refused) in %.1f s%n",
        opened.size(), refused.get(), (System.nanoTime() - start) / 1e9);
    return lastRefusal[0];
  }

  private static boolean allAccepted(WebhookReceiver receiver, Set<Long> opened) {
    for (Long ticket : opened) {
      if (!receiver.acceptedByTicket.containsKey(ticket)) {
        return false;
      }
    }
    return true;
  }

  private static String manager(AppProcess app, String admin) throws Exception {
    String body =
        "{\"username\":\"bench-manager\",\"password\":\"bench-password-1\","
            + "\"roles\":[\"MANAGER\"]}";
    app.post("/api/users", admin, "application/json", HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> login =
        send(
            app,
            HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"bench-manager\",\"password\":\"bench-password-1\"}"))
                .build());
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login.body());
    if (!token.find()) {
      throw new IllegalStateException("manager login failed: " + login.body());
    }
    return token.group(1);
  }

  private static HttpResponse<String> send(AppProcess app, HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void print(Map<String, Object> plain, Map<String, Object> failing) {
    System.out.println();
    System.out.println("| measure | receiver always answering | failing a third of first tries |");
    System.out.println("| --- | --- | --- |");
    for (String key : failing.keySet()) {
      System.out.printf("| %s | %s | %s |%n", key, plain.get(key), failing.get(key));
    }
  }
}
