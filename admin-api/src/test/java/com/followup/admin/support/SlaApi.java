package com.followup.admin.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Tickets, breaches and follow-ups over HTTP, read back as JSON maps. */
public final class SlaApi {

  private final Api api;
  private final JsonMapper json;

  public SlaApi(Api api, JsonMapper json) {
    this.api = api;
    this.json = json;
  }

  public HttpResponse<String> openTicket(
      String token, String type, String dealer, Instant openedAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("customerPhone", "138 1234 5678");
    body.put("dealerCode", dealer);
    body.put("department", "after-sales");
    body.put("summary", "the car rattles");
    if (openedAt != null) {
      body.put("openedAt", openedAt.toString());
    }
    return api.send(HttpRequest.POST("/api/tickets", body), token);
  }

  public Map<String, Object> open(String token, String type, String dealer, Instant openedAt) {
    HttpResponse<String> response = openTicket(token, type, dealer, openedAt);
    if (response.status() != HttpStatus.CREATED) {
      throw new IllegalStateException(response.status() + " " + Api.body(response));
    }
    return map(response);
  }

  public Map<String, Object> ticket(String token, Object id) {
    return map(api.send(HttpRequest.GET("/api/tickets/" + id), token));
  }

  public HttpResponse<String> event(String token, Object id, String type) {
    return api.send(
        HttpRequest.POST("/api/tickets/" + id + "/events", Map.of("type", type)), token);
  }

  public static Map<String, Object> target(Map<String, Object> ticket, String name) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> targets = (List<Map<String, Object>>) ticket.get("targets");
    return targets.stream().filter(t -> name.equals(t.get("name"))).findFirst().orElseThrow();
  }

  public List<Map<String, Object>> breaches(String token, String query) {
    return list(api.send(HttpRequest.GET("/api/breaches" + query), token));
  }

  /** Polls the breaches of a dealer until one matches, or fails after the timeout. */
  public Map<String, Object> awaitBreach(
      String token, String dealer, Predicate<Map<String, Object>> matching, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (Map<String, Object> breach : breaches(token, "?dealer=" + dealer)) {
        if (matching.test(breach)) {
          return breach;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no matching breach for dealer " + dealer + " within " + timeout);
  }

  /** A record's follow-ups, oldest step first. */
  public List<Map<String, Object>> followUps(String dealer, String recordId) {
    return list(
        api.send(
            HttpRequest.GET("/api/followups?dealer=" + dealer + "&recordId=" + recordId),
            api.adminToken()));
  }

  public Map<String, Object> map(HttpResponse<String> response) {
    try {
      return json.readValue(Api.body(response), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Map<String, Object>> list(HttpResponse<String> response) {
    try {
      return json.readValue(
          Api.body(response), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
