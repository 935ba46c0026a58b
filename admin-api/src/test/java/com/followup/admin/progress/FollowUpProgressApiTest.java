package com.followup.admin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class FollowUpProgressApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String dealer;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    dealer = api.newDealer("CN", "Asia/Shanghai");
  }

  private HttpResponse<String> progress(String code, String token) {
    return api.send(HttpRequest.GET("/api/dealers/" + code + "/progress"), token);
  }

  @Test
  void a_dealer_reads_its_follow_up_progress_per_campaign_step_including_steps_missed_late()
      throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    api.uploadPurchase(dealer, "P-1", "Ann", Duration.ofHours(1), shanghai);
    api.uploadPurchase(dealer, "P-2", "Bo", Duration.ofDays(5), shanghai); // step 1 missed late

    HttpResponse<String> response = progress(dealer, api.userWithRole("DEALER", dealer));

    assertThat(response.code()).isEqualTo(200);
    JsonNode steps = new ObjectMapper().readTree(Api.body(response));
    assertThat(steps).hasSize(2);
    JsonNode first = steps.get(0);
    assertThat(first.get("campaign").asText()).isEqualTo("purchase");
    assertThat(first.get("step").asInt()).isEqualTo(1);
    assertThat(first.get("missed").asLong()).isEqualTo(1);
    assertThat(first.get("missedLate").asLong()).isEqualTo(1);
    assertThat(
            first.get("scheduled").asLong()
                + first.get("due").asLong()
                + first.get("dialing").asLong())
        .isEqualTo(1);
    assertThat(first.get("completed").asLong()).isZero();
    assertThat(first.get("cancelled").asLong()).isZero();
    assertThat(steps.get(1).get("step").asInt()).isEqualTo(2);
  }

  @Test
  void staff_read_any_dealer_and_a_dealer_user_is_refused_another_dealer() {
    String other = api.newDealer("CN", "Asia/Shanghai");
    assertThat(progress(other, api.userWithRole("DEALER", dealer)).code()).isEqualTo(403);
    assertThat(progress(other, api.userWithRole("AGENT", null)).code()).isEqualTo(403);
    assertThat(progress(other, null).code()).isEqualTo(401);
    for (String role : new String[] {"QA", "MANAGER"}) {
      HttpResponse<String> read = progress(other, api.userWithRole(role, null));
      assertThat(read.code()).isEqualTo(200);
      assertThat(Api.body(read)).isEqualTo("[]");
    }
    assertThat(progress("NO-SUCH", api.adminToken()).code()).isEqualTo(404);
  }
}
