package com.followup.bench.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followup.bench.AppProcess;
import com.followup.bench.BenchDatabase;
import com.followup.bench.Measures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

/**
 * What the console benchmark sets up through the app's own API, as an administrator would: the
 * dealer, its DEALER user and an AGENT, the purchase campaign dialing at any hour (progressive, an
 * hour of wrap-up so the held call stays on the agent's screen), and the dealer's file uploaded.
 */
final class ConsoleSetup {

  static final String DEALER = "BENCH";
  static final String DEALER_USER = "dealer.bench";
  static final String AGENT_USER = "agent.bench";
  static final String PASSWORD = "bench-console-password";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppProcess app;
  private final String admin;

  ConsoleSetup(AppProcess app) throws Exception {
    this.app = app;
    this.admin = app.adminToken();
  }

  /** Dealer, users, and the campaign's calling hours and dialing; before the upload. */
  void prepare() throws Exception {
    call(
        "POST",
        "/api/dealers",
        "{\"code\":\""
            + DEALER
            + "\",\"name\":\"Bench Motors\",\"country\":\"CN\",\"timezone\":\"Asia/Shanghai\"}");
    user(DEALER_USER, "DEALER", DEALER);
    user(AGENT_USER, "AGENT", null);
    ObjectNode campaign = (ObjectNode) JSON.readTree(call("GET", "/api/campaigns/purchase", null));
    ObjectNode rules = (ObjectNode) campaign.get("callingRules");
    rules.put("callingFrom", "00:00");
    rules.put("callingUntil", "23:59");
    rules.putArray("holidays");
    call("PUT", "/api/campaigns/purchase", JSON.writeValueAsString(campaign));
    call(
        "PUT",
        "/api/campaigns/purchase/dialing",
        "{\"mode\":\"PROGRESSIVE\",\"wrapUpSeconds\":3600}");
  }

  /** Uploads the file through the records endpoint; the upload's summary. */
  Map<?, ?> upload(Path file) throws Exception {
    HttpResponse<String> response =
        app.post(
            "/api/dealers/" + DEALER + "/records",
            admin,
            "text/csv",
            HttpRequest.BodyPublishers.ofFile(file));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "upload failed: " + response.statusCode() + " " + response.body());
    }
    return JSON.readValue(response.body(), Map.class);
  }

  /**
   * Waits until the dispatcher has woken every follow-up block the upload wrote (and released what
   * is due), so the pages are timed on a settled database, not beside the activation's writes.
   */
  static long awaitActivated(AppProcess app, String schema, Duration limit) throws Exception {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    try (Connection db = BenchDatabase.connect(schema)) {
      while (Measures.count(db, "SELECT COUNT(*) FROM follow_up_activation") > 0) {
        if (!app.alive()) {
          throw new IllegalStateException("the app stopped before activating the upload");
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("follow-ups not activated within " + limit);
        }
        Thread.sleep(1_000);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void user(String username, String role, String dealer) throws Exception {
    call(
        "POST",
        "/api/users",
        "{\"username\":\""
            + username
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"roles\":[\""
            + role
            + "\"]"
            + (dealer == null ? "" : ",\"dealerCode\":\"" + dealer + "\"")
            + "}");
  }

  private String call(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
