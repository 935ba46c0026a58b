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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed and invalid drafts sent to the dry run and to a change: 400 with the reason. */
@MicronautTest(transactional = false)
class DryRunInputApiTest {

  private static final String STEP =
      "{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":3,\"maxAttempts\":6}";
  private static final String RULES =
      "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\","
          + "\"maxAttemptsPerDay\":3,\"maxAttemptsTotal\":6}";

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String manager;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
  }

  private static String timeline(String steps, String rules) {
    return "{\"code\":\"purchase\",\"name\":\"Draft\",\"recordType\":\"PURCHASE\",\"steps\":"
        + steps
        + (rules == null ? "" : "," + rules)
        + "}";
  }

  private static String dryRun(String timeline) {
    return "{\"from\":\"2026-12-01\",\"to\":\"2026-12-10\",\"timeline\":" + timeline + "}";
  }

  private HttpResponse<String> post(String path, String body) {
    return api.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON), manager);
  }

  @Test
  void malformed_dry_run_bodies_answer_400_with_the_reason_never_500() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("{}", "from and to are required dates");
    reasons.put("{\"from\":\"2026-12-01\"}", "from and to are required dates");
    reasons.put(dryRun(timeline("[null]", RULES)), "no empty one");
    reasons.put(dryRun(timeline("null", RULES)), "at least one step");
    reasons.put(dryRun(timeline("[" + STEP + "]", null)), "callingRules is required");
    reasons.put(
        dryRun(
            timeline(
                "[" + STEP + "]",
                "\"callingRules\":{\"maxAttemptsPerDay\":3,\"maxAttemptsTotal\":6}")),
        "callingFrom is required");
    reasons.put(
        dryRun(timeline("[" + STEP + "]", RULES.replace("}", ",\"holidays\":[null]}"))),
        "holidays must all be dates");
    reasons.put(
        dryRun(
            timeline(
                "[" + STEP + "]", RULES.replace("}", ",\"retryAfterMinutes\":{\"BUSY\":null}}"))),
        "retryAfterMinutes.BUSY must be at least 1");
    reasons.put(
        dryRun(timeline("[" + STEP + "]", RULES).replace("\"code\":\"purchase\",", "")),
        "campaign code must be");

    for (var sent : reasons.entrySet()) {
      HttpResponse<String> response = post("/api/campaigns/purchase/dry-run", sent.getKey());

      assertThat(response.code()).as(sent.getKey()).isEqualTo(400);
      assertThat(Api.body(response)).as(sent.getKey()).contains(sent.getValue());
    }
  }

  @Test
  void overlapping_steps_and_blocking_holidays_are_refused_with_the_path_of_each_field() {
    String overlapping =
        timeline(
            "[{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":5,\"maxAttempts\":6},"
                + "{\"step\":2,\"opensAfterDays\":3,\"deadlineDays\":10,\"maxAttempts\":6}]",
            RULES.replace(
                "}",
                ",\"holidays\":[\"2027-10-01\",\"2027-10-02\",\"2027-10-03\",\"2027-10-04\",\"2027-10-05\"]}"));

    HttpResponse<String> dryRun = post("/api/campaigns/purchase/dry-run", dryRun(overlapping));
    HttpResponse<String> change =
        api.send(
            HttpRequest.PUT("/api/campaigns/purchase", overlapping)
                .contentType(MediaType.APPLICATION_JSON),
            manager);

    for (HttpResponse<String> refused : new HttpResponse[] {dryRun, change}) {
      assertThat(refused.code()).isEqualTo(400);
      assertThat(Api.body(refused))
          .contains("\"path\":\"steps.2.opensAfterDays\"")
          .contains("step 2 opens on day 3, before step 1 ends on day 5")
          .contains("\"path\":\"callingRules.holidays\"")
          .contains("the holidays from 2027-10-01 to 2027-10-05 cover every day of step 1");
    }
    assertThat(Api.body(api.send(HttpRequest.GET("/api/campaigns/purchase"), manager)))
        .doesNotContain("\"name\":\"Draft\"");
  }
}
