package com.followup.admin.slapolicy;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SlaPolicyApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String manager;
  Map<String, Object> defaultProblemPolicy;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    manager = api.userWithRole("MANAGER", null);
    defaultProblemPolicy =
        Map.of(
            "timeBasis",
            "CALENDAR",
            "warningPercent",
            75,
            "targets",
            List.of(
                target("transferred", 60, "OPENED", "DEPARTMENT_NOTIFIED", false),
                target("resolution-callback", 1440, "OPENED", "CALLBACK_DONE", true)));
  }

  @AfterEach
  void restoreDefault() {
    api.send(HttpRequest.PUT("/api/sla-policies/PROBLEM", defaultProblemPolicy), manager);
  }

  private static Map<String, Object> target(
      String name, int minutes, String startsOn, String metBy, boolean callback) {
    return Map.of(
        "name",
        name,
        "allowedMinutes",
        minutes,
        "startsOn",
        startsOn,
        "metBy",
        List.of(metBy),
        "callback",
        callback);
  }

  @Test
  void every_ticket_type_has_a_policy_with_the_default_targets() {
    List<Map<String, Object>> all =
        sla.list(api.send(HttpRequest.GET("/api/sla-policies"), manager));

    assertThat(all)
        .extracting(p -> p.get("ticketType"))
        .containsExactly("COMPLAINT", "INQUIRY", "PROBLEM");
    Map<String, Object> complaint =
        sla.map(
            api.send(
                HttpRequest.GET("/api/sla-policies/complaint"), api.userWithRole("AGENT", null)));
    assertThat(complaint)
        .containsEntry("timeBasis", "CALENDAR")
        .containsEntry("warningPercent", 75);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> targets = (List<Map<String, Object>>) complaint.get("targets");
    assertThat(targets)
        .extracting(t -> t.get("name") + "=" + t.get("allowedMinutes"))
        .containsExactly(
            "department-notified=10",
            "customer-updated=20",
            "progress-checked=120",
            "satisfaction-callback=1440");
  }

  @Test
  void a_manager_revision_is_the_next_version_and_open_tickets_keep_theirs() {
    String agent = api.userWithRole("AGENT", null);
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    Map<String, Object> before = sla.open(agent, "PROBLEM", dealer, null);
    Map<String, Object> revision =
        Map.of(
            "timeBasis",
            "BUSINESS_HOURS",
            "businessHours",
            Map.of(
                "zone",
                "Asia/Shanghai",
                "opens",
                "09:00",
                "closes",
                "18:00",
                "workingDays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "holidays",
                List.of("2027-01-01")),
            "targets",
            List.of(target("transferred", 30, "OPENED", "DEPARTMENT_NOTIFIED", false)));

    HttpResponse<String> revised =
        api.send(HttpRequest.PUT("/api/sla-policies/PROBLEM", revision), manager);

    assertThat(revised.code()).isEqualTo(200);
    int version = ((Number) sla.map(revised).get("version")).intValue();
    assertThat(version).isEqualTo(((Number) before.get("policyVersion")).intValue() + 1);
    Map<String, Object> after = sla.open(agent, "PROBLEM", dealer, null);
    assertThat(after.get("policyVersion")).isEqualTo(version);
    Map<String, Object> old = sla.ticket(agent, before.get("id"));
    assertThat(old.get("policyVersion")).isEqualTo(before.get("policyVersion"));
    assertThat(allowed(SlaApi.target(old, "transferred"))).isEqualTo(Duration.ofMinutes(60));
    assertThat(SlaApi.target(old, "resolution-callback")).isNotNull();
  }

  @Test
  void only_a_manager_revises_and_bad_policies_get_400() {
    for (String role : List.of("QA", "AGENT", "ADMIN")) {
      assertThat(
              api.send(
                      HttpRequest.PUT("/api/sla-policies/PROBLEM", defaultProblemPolicy),
                      api.userWithRole(role, null))
                  .code())
          .as(role)
          .isEqualTo(403);
    }
    Map<String, Object> noTargets = Map.of("timeBasis", "CALENDAR", "targets", List.of());
    Map<String, Object> noHours =
        Map.of(
            "timeBasis",
            "BUSINESS_HOURS",
            "targets",
            List.of(target("transferred", 30, "OPENED", "DEPARTMENT_NOTIFIED", false)));
    Map<String, Object> zeroMinutes =
        Map.of(
            "targets", List.of(target("transferred", 0, "OPENED", "DEPARTMENT_NOTIFIED", false)));
    for (Map<String, Object> bad : List.of(noTargets, noHours, zeroMinutes)) {
      HttpResponse<String> refused =
          api.send(HttpRequest.PUT("/api/sla-policies/PROBLEM", bad), manager);
      assertThat(refused.code()).as(bad.toString()).isEqualTo(400);
    }
    assertThat(api.send(HttpRequest.GET("/api/sla-policies/WARRANTY"), manager).code())
        .isEqualTo(404);
  }

  private static Duration allowed(Map<String, Object> target) {
    return Duration.between(
        Instant.parse((String) target.get("startedAt")),
        Instant.parse((String) target.get("dueAt")));
  }
}
