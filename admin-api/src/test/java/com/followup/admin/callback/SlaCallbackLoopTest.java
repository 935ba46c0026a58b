package com.followup.admin.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallOutcomes;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SLA callbacks dialed as follow-ups and back: real app, real clock, real Quartz loops. The
 * customer's number (+7 9xx) names no single zone, so the dealer's — chosen to be midday now — is
 * the customer's.
 */
@MicronautTest(transactional = false)
class SlaCallbackLoopTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;

  Api api;
  SlaApi sla;
  String agent;
  String dealer;
  String phone;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    agent = api.userWithRole("AGENT", null);
    dealer = api.newDealer("RU", Zones.whereItIsNow(12));
    phone = "+7912" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  private long openComplaint() {
    HttpRequest<?> open =
        HttpRequest.POST(
            "/api/tickets",
            Map.of(
                "type", "COMPLAINT",
                "customerPhone", phone,
                "dealerCode", dealer,
                "department", "service",
                "summary", "noisy engine"));
    return ((Number)
            sla.map(api.send((io.micronaut.http.MutableHttpRequest<?>) open, agent)).get("id"))
        .longValue();
  }

  private Map<String, Object> awaitCallback(long ticket, Predicate<Map<String, Object>> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<Map<String, Object>> found = List.of();
    while (System.nanoTime() < deadline) {
      found = sla.list(api.send(HttpRequest.GET("/api/tickets/" + ticket + "/callbacks"), agent));
      if (found.size() == 1 && state.test(found.get(0))) {
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("callback of ticket " + ticket + " never got there: " + found);
  }

  private String targetStatus(long ticket, String target) {
    Map<String, Object> view = sla.map(api.send(HttpRequest.GET("/api/tickets/" + ticket), agent));
    return ((List<Map<String, Object>>) view.get("targets"))
        .stream()
            .filter(t -> target.equals(t.get("name")))
            .map(t -> (String) t.get("status"))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void a_satisfaction_callback_is_dialed_in_the_callback_campaign_and_its_call_meets_the_target()
      throws InterruptedException {
    long ticket = openComplaint();

    Map<String, Object> callback = awaitCallback(ticket, c -> "DUE".equals(c.get("status")));
    assertThat(callback.get("campaign")).isEqualTo("callback");
    CallToPlace call =
        queue.take("callback", 10_000).stream()
            .filter(c -> c.phone().equals(phone))
            .findFirst()
            .orElseThrow();
    assertThat(call.recordId()).isEqualTo("ticket " + ticket);
    outcomes.record(call.followUpId(), CallOutcome.COMPLETED, null);

    assertThat(targetStatus(ticket, "satisfaction-callback")).isEqualTo("MET");
    assertThat(awaitCallback(ticket, c -> true).get("status")).isEqualTo("COMPLETED");
  }

  @Test
  void a_callback_met_by_hand_is_not_dialed_any_more() throws InterruptedException {
    long ticket = openComplaint();
    awaitCallback(ticket, c -> "DUE".equals(c.get("status")));

    api.send(
        HttpRequest.POST("/api/tickets/" + ticket + "/events", Map.of("type", "CALLBACK_DONE")),
        agent);

    Map<String, Object> cancelled = awaitCallback(ticket, c -> "CANCELLED".equals(c.get("status")));
    assertThat(cancelled.get("missedReason")).isEqualTo("TARGET_MET");
    assertThat(queue.take("callback", 10_000)).noneMatch(c -> c.phone().equals(phone));
  }
}
