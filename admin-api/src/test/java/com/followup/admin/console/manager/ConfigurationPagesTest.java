package com.followup.admin.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The configuration pages over plain HTTP: refusals next to their fields, nothing saved; roles. */
@MicronautTest(transactional = false)
class ConfigurationPagesTest {

  @Inject EmbeddedServer server;
  @Inject io.micronaut.json.JsonMapper json;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String manager;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String token)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .header("HX-Request", "true")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void business_hours_that_close_before_they_open_in_an_unknown_zone_are_refused_field_by_field()
      throws Exception {
    String before = get("/api/sla-policies/PROBLEM", manager).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("timeBasis", "BUSINESS_HOURS");
    form.put("zone", "Asia/Atlantis");
    form.put("opens", "18:00");
    form.put("closes", "09:00");
    form.put("holidays", "2026-10-01\n2026-13-40");
    form.put("warningPercent", "75");
    form.put("t0.name", "Transferred!");
    form.put("t0.minutes", "60");
    form.put("t0.startsOn", "OPENED");
    form.put("t0.met.DEPARTMENT_NOTIFIED", "on");
    form.put("t1.name", "resolved");
    form.put("t1.minutes", "0");
    form.put("t1.met.RESOLVED", "on");
    form.put("t2.name", "checked");
    form.put("t2.minutes", "30");

    HttpResponse<String> refused = post("/manager/sla/PROBLEM", form, manager);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"zone-error\"", "“Asia/Atlantis” is not a zone")
        .contains("id=\"hours-error\"", "The working day must close after it opens.")
        .contains("id=\"days-error\"", "Choose at least one working day.")
        .contains("id=\"holidays-error\"", "“2026-13-40” is not a date")
        .contains("id=\"t0-error\"", "A name is 1 to 64 lowercase letters")
        .contains("id=\"t1-error\"", "Give whole minutes from 1 to 129600")
        .contains("id=\"t2-error\"", "Choose at least one event that meets it")
        .contains("aria-invalid=\"true\"");
    assertThat(get("/api/sla-policies/PROBLEM", manager).body()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_form_sent_back_as_shown_saves_no_new_version() throws Exception {
    String before = get("/api/sla-policies/INQUIRY", manager).body();
    Map<String, Object> policy = json.readValue(before, Map.class);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("timeBasis", policy.get("timeBasis").toString());
    form.put("warningPercent", policy.get("warningPercent").toString());
    form.put("zone", "Asia/Shanghai");
    form.put("opens", "09:00");
    form.put("closes", "18:00");
    form.put("day.MONDAY", "on");
    java.util.List<Map<String, Object>> targets =
        (java.util.List<Map<String, Object>>) policy.get("targets");
    for (int i = 0; i < targets.size(); i++) {
      Map<String, Object> t = targets.get(i);
      form.put("t" + i + ".name", t.get("name").toString());
      form.put("t" + i + ".minutes", t.get("allowedMinutes").toString());
      form.put("t" + i + ".startsOn", t.get("startsOn").toString());
      for (Object event : (java.util.List<Object>) t.get("metBy")) {
        form.put("t" + i + ".met." + event, "on");
      }
      if (Boolean.TRUE.equals(t.get("callback"))) {
        form.put("t" + i + ".callback", "on");
      }
    }
    form.put("t" + targets.size() + ".name", "");
    form.put("t" + targets.size() + ".minutes", "");

    HttpResponse<String> refused = post("/manager/sla/INQUIRY", form, manager);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Nothing was changed: no new version was saved.");
    assertThat(get("/api/sla-policies/INQUIRY", manager).body()).isEqualTo(before);
  }

  @Test
  void other_roles_get_403_pages_and_an_unknown_ticket_type_404() throws Exception {
    String page = get("/manager/sla/COMPLAINT", manager).body();
    assertThat(page).contains("department-notified");
    String agent = api.userWithRole("AGENT", null);
    String admin = api.adminToken();

    assertThat(get("/manager/sla", agent).statusCode()).isEqualTo(403);
    assertThat(post("/manager/sla/COMPLAINT", Map.of("warningPercent", "50"), agent).statusCode())
        .isEqualTo(403);
    assertThat(get("/manager/dnc", api.userWithRole("QA", null)).statusCode()).isEqualTo(403);
    assertThat(get("/tickets", admin).statusCode()).isEqualTo(403);
    assertThat(get("/admin/users/new", manager).statusCode()).isEqualTo(403);
    assertThat(post("/admin/dealers", Map.of("code", "X1"), manager).statusCode()).isEqualTo(403);
    assertThat(get("/manager/sla/NOSUCHTYPE", manager).statusCode()).isEqualTo(404);
  }

  @Test
  void a_dealer_user_sees_and_opens_only_its_own_dealers_tickets() throws Exception {
    String mine = api.newDealer("CN", "Asia/Shanghai");
    String other = api.newDealer("CN", "Asia/Shanghai");
    String dealerUser = api.userWithRole("DEALER", mine);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("type", "PROBLEM");
    form.put("phone", Api.freshMobile());
    form.put("dealer", other);
    form.put("department", "service");
    form.put("summary", "engine light");

    HttpResponse<String> opened = post("/tickets", form, dealerUser);

    assertThat(opened.statusCode()).isEqualTo(204);
    String location = opened.headers().firstValue("HX-Redirect").orElseThrow();
    String ticket = get(location, dealerUser).body();
    assertThat(ticket).contains(mine).doesNotContain(other);
    String othersTicket =
        new com.followup.admin.support.SlaApi(api, json)
            .open(manager, "PROBLEM", other, null)
            .get("id")
            .toString();
    assertThat(get("/tickets/" + othersTicket, dealerUser).statusCode()).isEqualTo(403);
    assertThat(get("/tickets", dealerUser).body())
        .doesNotContain("data-ticket=\"" + othersTicket + "\"");
    form.put("summary", "");
    HttpResponse<String> refused = post("/tickets", form, dealerUser);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("id=\"summary-error\"", "This is required.");
  }
}
