package com.followup.admin.agent;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The call-centre floor over HTTP for agent tests: a dealer, records uploaded for customers in a
 * zone where it is midday now, agents and their calls. A new one (and dealer) for each test.
 */
@Prototype
public final class Floor {

  public final Api api;
  public final SlaApi sla;
  public final String dealer;
  public final ZoneId midday;
  private final TransactionOperations<Connection> db;

  public Floor(
      @Client("/") HttpClient client, JsonMapper json, TransactionOperations<Connection> db) {
    this.api = new Api(client.toBlocking());
    this.sla = new SlaApi(api, json);
    this.db = db;
    this.dealer = api.newDealer("CN", "Asia/Shanghai");
    this.midday = ZoneId.of(Zones.whereItIsNow(12));
  }

  /** Other tests' queued calls and ready agents would take this test's calls or agents. */
  public void clearTheFloor() {
    sql("UPDATE follow_up SET status = 'CANCELLED' WHERE status IN ('DUE', 'DIALING')");
    sql("DELETE FROM dial_queue");
    sql(
        "UPDATE dialer_agent SET state = 'OFFLINE', after_call = NULL, attempt_id = NULL,"
            + " campaign = NULL, connected_at = NULL, call_ended_at = NULL");
  }

  /** The first column of the first row, as text. */
  public String value(String query) {
    return db.executeRead(
        s -> {
          var rows = s.getConnection().createStatement().executeQuery(query);
          return rows.next() ? rows.getString(1) : null;
        });
  }

  public void sql(String statement) {
    db.executeWrite(s -> s.getConnection().createStatement().executeUpdate(statement));
  }

  /** Uploads a purchase two hours old; returns the record id. */
  public String upload(String recordId) {
    api.uploadPurchase(dealer, recordId, "Ann Lee", Duration.ofHours(2), midday);
    return recordId;
  }

  /** Uploads a purchase two hours old by a customer on {@code phone}; returns the record id. */
  public String upload(String recordId, String phone) {
    api.uploadPurchase(dealer, recordId, "Ann Lee", Duration.ofHours(2), midday, phone);
    return recordId;
  }

  public HttpResponse<String> state(String agent, String state, String reason) {
    return api.send(
        HttpRequest.PUT("/api/agent/state", Map.of("state", state, "reason", reason)), agent);
  }

  public Map<String, Object> shown(String agent, String path) {
    return sla.map(api.send(HttpRequest.GET(path), agent));
  }

  public List<Map<String, Object>> followUps(String recordId) {
    return sla.followUps(dealer, recordId);
  }

  public Object status(String recordId) {
    return followUps(recordId).get(0).get("status");
  }

  public HttpResponse<String> state(String agent, String state) {
    return api.send(HttpRequest.PUT("/api/agent/state", Map.of("state", state)), agent);
  }

  public HttpResponse<String> call(String agent) {
    return api.send(HttpRequest.GET("/api/agent/call"), agent);
  }

  public Map<String, Object> callShown(String agent) {
    HttpResponse<String> call = call(agent);
    return call.code() == 200 ? sla.map(call) : Map.of();
  }

  public HttpResponse<String> outcome(String agent, String body) {
    return api.send(
        HttpRequest.POST("/api/agent/call/outcome", body).contentType(MediaType.APPLICATION_JSON),
        agent);
  }

  /** Polls until {@code done} holds for what {@code read} returns, for at most {@code limit}. */
  public static <T> T await(Supplier<T> read, Predicate<T> done, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      value = read.get();
    }
    return value;
  }
}
