package com.followup.admin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  private static String timeline(String code, int deadline) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\"Test\",\"recordType\":\"PURCHASE\","
        + "\"steps\":[{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":"
        + deadline
        + ",\"maxAttempts\":4}],"
        + "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\",\"holidays\":[\"2027-01-01\"],"
        + "\"maxAttemptsPerDay\":2,\"maxAttemptsTotal\":4,\"retryAfterMinutes\":{\"NO_ANSWER\":120}}}";
  }

  private HttpResponse<String> put(String code, String body, String token) {
    return api.send(
        HttpRequest.PUT("/api/campaigns/" + code, body).contentType(MediaType.APPLICATION_JSON),
        token);
  }

  @Test
  void everyone_logged_in_reads_the_default_purchase_and_repair_timelines() {
    HttpResponse<String> purchase =
        api.send(HttpRequest.GET("/api/campaigns/purchase"), api.userWithRole("AGENT", null));

    assertThat(purchase.code()).isEqualTo(200);
    assertThat(Api.body(purchase))
        .contains(
            "\"code\":\"purchase\"", "\"step\":1", "\"opensAfterDays\":0", "\"deadlineDays\":3")
        .contains("\"deadlineDays\":10", "\"deadlineDays\":30", "\"callingFrom\":\"09:00:00\"");
    assertThat(Api.body(api.send(HttpRequest.GET("/api/campaigns"), api.adminToken())))
        .contains("\"code\":\"repair\"");
    assertThat(api.send(HttpRequest.GET("/api/campaigns/nope"), api.adminToken()).code())
        .isEqualTo(404);
  }

  @Test
  void a_manager_change_is_the_next_version_and_the_earlier_one_stays_readable() {
    String manager = api.userWithRole("MANAGER", null);
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> first = put(code, timeline(code, 3), manager);
    HttpResponse<String> second = put(code, timeline(code, 5), manager);

    assertThat(Api.body(first)).contains("\"version\":1");
    assertThat(Api.body(second))
        .contains("\"version\":2", "\"deadlineDays\":5", "\"createdBy\":\"manager-");
    assertThat(
            Api.body(api.send(HttpRequest.GET("/api/campaigns/" + code + "/versions/1"), manager)))
        .contains("\"deadlineDays\":3");
  }

  @Test
  void only_managers_change_timelines_and_nonsense_is_refused() {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String manager = api.userWithRole("MANAGER", null);

    assertThat(put(code, timeline(code, 3), api.userWithRole("AGENT", null)).code()).isEqualTo(403);
    assertThat(put(code, timeline(code, 0), manager).code()).isEqualTo(400);
    assertThat(Api.body(put(code, timeline(code, 0), manager)))
        .contains("deadlineDays must be after opensAfterDays");
    assertThat(put(code, timeline("other", 3), manager).code()).isEqualTo(400);
  }
}
