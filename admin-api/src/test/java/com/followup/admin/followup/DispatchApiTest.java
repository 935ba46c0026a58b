package com.followup.admin.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploaded records released by the cluster's dispatch loop (real Quartz, real clock) and missed
 * steps reported to the SLA ledger. The customer's zone is chosen so that it is midday there now,
 * whatever time the test runs.
 */
@MicronautTest(transactional = false)
class DispatchApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String dealer;
  ZoneId midday;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    dealer = api.newDealer("CN", "Asia/Shanghai");
    midday = ZoneId.of(Zones.whereItIsNow(12));
  }

  private void upload(String recordId, Duration ago) {
    api.uploadPurchase(dealer, recordId, "Ann", ago, midday);
  }

  private List<Map<String, Object>> followUps(String recordId) {
    return sla.followUps(dealer, recordId);
  }

  @Test
  void an_uploaded_record_is_released_to_the_dial_queue_by_the_cluster_within_seconds()
      throws InterruptedException {
    upload("Q-1", Duration.ofHours(2));

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Object status = null;
    while (System.nanoTime() < deadline && !"DUE".equals(status)) {
      status = followUps("Q-1").get(0).get("status");
      Thread.sleep(100);
    }
    assertThat(status).isEqualTo("DUE");
  }

  @Test
  void steps_a_late_record_already_missed_become_breaches_charged_to_the_dealer()
      throws InterruptedException {
    upload("L-1", Duration.ofDays(12)); // steps 1 (3 days) and 2 (10 days) have passed

    String qa = api.userWithRole("QA", null);
    Map<String, Object> first =
        sla.awaitBreach(
            qa,
            dealer,
            b -> "followup-missed:purchase-1".equals(b.get("target")),
            Duration.ofSeconds(30));
    Map<String, Object> second =
        sla.awaitBreach(
            qa,
            dealer,
            b -> "followup-missed:purchase-2".equals(b.get("target")),
            Duration.ofSeconds(30));

    assertThat(first.get("owner")).isEqualTo("dealer:" + dealer);
    assertThat((String) second.get("reason")).contains("after the step's deadline");
    assertThat(followUps("L-1"))
        .extracting(f -> f.get("status"))
        .containsExactly("MISSED", "MISSED", "DUE");
  }

  @Test
  void a_dry_run_shows_which_rule_would_hold_follow_ups_back_and_saves_nothing() {
    upload("H-1", Duration.ofDays(4)); // step 2's window opened a day ago
    String today = Instant.now().atZone(midday).toLocalDate().toString();
    String draft =
        "{\"from\":\""
            + Instant.now().minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC).toLocalDate()
            + "\",\"to\":\""
            + Instant.now().plus(Duration.ofDays(40)).atOffset(ZoneOffset.UTC).toLocalDate()
            + "\",\"dealer\":\""
            + dealer
            + "\",\"timeline\":{\"code\":\"purchase\",\"name\":\"Draft\",\"recordType\":\"PURCHASE\","
            + "\"steps\":[{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":3,\"maxAttempts\":6},"
            + "{\"step\":2,\"opensAfterDays\":3,\"deadlineDays\":10,\"maxAttempts\":6},"
            + "{\"step\":3,\"opensAfterDays\":10,\"deadlineDays\":30,\"maxAttempts\":6}],"
            + "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\",\"holidays\":[\""
            + today
            + "\"],\"maxAttemptsPerDay\":3,\"maxAttemptsTotal\":6}}}";
    String manager = api.userWithRole("MANAGER", null);

    HttpResponse<String> response =
        api.send(
            HttpRequest.POST("/api/campaigns/purchase/dry-run", draft)
                .contentType(MediaType.APPLICATION_JSON),
            manager);

    assertThat(response.code()).isEqualTo(200);
    Map<String, Object> result = sla.map(response);
    assertThat(result.get("steps")).isEqualTo(2); // steps 2 and 3 open in the range
    assertThat((Map<String, Object>) result.get("heldBy")).containsEntry("HOLIDAY", 1);
    assertThat(Api.body(api.send(HttpRequest.GET("/api/campaigns/purchase"), manager)))
        .doesNotContain("\"name\":\"Draft\"");
    assertThat(
            api.send(
                    HttpRequest.POST("/api/campaigns/purchase/dry-run", draft)
                        .contentType(MediaType.APPLICATION_JSON),
                    api.userWithRole("AGENT", null))
                .code())
        .isEqualTo(403);
  }
}
