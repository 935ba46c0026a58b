package com.followup.admin.department;

import static com.followup.admin.agent.Floor.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import com.followup.sla.transfer.WebhookSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The loop back to the centre over real HTTP: a department resolves its ticket, the agent makes the
 * customer callback (the real dial loop, the simulator answering), the customer says it is not
 * resolved, and the ticket goes back to the department with a new delivery and stays on its list
 * until the customer is satisfied. Real app, MariaDB, Quartz loops, WireMock as the department.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotResolvedApiTest implements TestPropertyProvider {

  static final String SECRET = "a-department-secret-0123";
  // the callback campaign's dial loop may be leased to the app of the test class before when this
  // one starts: that app hands it over as it closes, and this one sees it within its idle wait
  static final Duration DIALED = Duration.ofSeconds(60);

  final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject Floor floor;
  @Inject JsonMapper json;

  Api api;
  SlaApi sla;

  @Override
  public Map<String, String> getProperties() {
    receiver.start();
    return Map.of("followup.departments.delivery.first-retry", "300ms");
  }

  @AfterAll
  void stopReceiver() {
    receiver.stop();
  }

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
    api = floor.api;
    sla = floor.sla;
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> ticket, String key) {
    return (List<Map<String, Object>>) ticket.getOrDefault(key, List.of());
  }

  private static long count(Map<String, Object> ticket, String type) {
    return list(ticket, "events").stream().filter(e -> type.equals(e.get("type"))).count();
  }

  private Map<String, Object> awaitTicket(
      String token, Object id, java.util.function.Predicate<Map<String, Object>> state)
      throws InterruptedException {
    Map<String, Object> ticket = await(() -> sla.ticket(token, id), state, Duration.ofSeconds(30));
    assertThat(state.test(ticket)).as("ticket state in time: %s", ticket).isTrue();
    return ticket;
  }

  private List<Object> openOn(String department, String staff) {
    return sla
        .list(api.send(HttpRequest.GET("/api/departments/" + department + "/tickets"), staff))
        .stream()
        .map(t -> t.get("id"))
        .toList();
  }

  private Map<String, Object> callbackCall(String agent) throws InterruptedException {
    Map<String, Object> call =
        await(() -> floor.callShown(agent), c -> "CONNECTED".equals(c.get("stage")), DIALED);
    assertThat(call).as("the callback call reached the agent").containsEntry("stage", "CONNECTED");
    return call;
  }

  @Test
  void a_customer_who_says_it_is_not_resolved_sends_the_ticket_back_to_its_department_until_closed()
      throws Exception {
    String path = "/station-" + UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
    String code = department(path);
    String staff = departmentUser(code);
    String manager = api.userWithRole("MANAGER", null);
    String opener = api.userWithRole("AGENT", null);
    String agent = api.userWithRole("AGENT", null);
    String agentName = (String) sla.map(floor.state(agent, "OFFLINE")).get("username");
    // a Russian mobile names no single zone: the dealer's (midday now) is the customer's
    String dealer = api.newDealer("RU", Zones.whereItIsNow(12));
    String phone = "+7912" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    Map<String, Object> body = new HashMap<>();
    body.put("type", "PROBLEM");
    body.put("customerPhone", phone);
    body.put("dealerCode", dealer);
    body.put("department", code);
    body.put("summary", "the washing machine leaks");
    HttpResponse<String> opened = api.send(HttpRequest.POST("/api/tickets", body), opener);
    assertThat(opened.code()).isEqualTo(HttpStatus.CREATED.getCode());
    Object id = sla.map(opened).get("id");
    awaitTicket(manager, id, t -> count(t, "DEPARTMENT_NOTIFIED") == 1);

    // the department resolves it; it stays on its list while the customer is still to be asked
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/tickets/" + id + "/resolve", Map.of("notes", "replaced the hose")),
                    staff)
                .code())
        .isEqualTo(HttpStatus.OK.getCode());
    assertThat(openOn(code, staff)).contains(id);

    floor.state(agent, "READY");
    Map<String, Object> call = callbackCall(agent);
    assertThat((Map<String, Object>) call.get("customer")).containsEntry("phone", phone);
    HttpResponse<String> outcome =
        floor.outcome(
            agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":false,\"notes\":\"it still leaks\"}");
    assertThat(outcome.code()).as(Api.body(outcome)).isEqualTo(HttpStatus.OK.getCode());

    Map<String, Object> reopened =
        awaitTicket(manager, id, t -> count(t, "DEPARTMENT_NOTIFIED") == 2);
    assertThat(list(reopened, "events"))
        .extracting(e -> e.get("type"))
        .containsSubsequence("RESOLVED", "CALLBACK_DONE", "REOPENED", "DEPARTMENT_NOTIFIED");
    Map<String, Object> reopening =
        list(reopened, "events").stream()
            .filter(e -> "REOPENED".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    assertThat(reopening.get("recordedBy")).isEqualTo(agentName);
    assertThat((String) reopening.get("notes"))
        .isEqualTo("the customer says it is not resolved: it still leaks");
    assertThat(list(reopened, "transfers"))
        .extracting(t -> t.get("reason") + ":" + t.get("department"))
        .containsExactly("OPENED:" + code, "REOPENED:" + code);
    Map<String, Object> again = list(reopened, "transfers").get(1);
    assertThat(again.get("notifiedAt")).isNotNull();
    assertThat(again.get("resolvedAt")).isNull();
    assertThat(list(reopened, "deliveries"))
        .extracting(d -> d.get("transferId"))
        .containsExactly(list(reopened, "transfers").get(0).get("id"), again.get("id"));
    assertThat(SlaApi.target(reopened, "transferred").get("status")).isEqualTo("MET");
    assertThat(SlaApi.target(reopened, "resolution-callback").get("status"))
        .as("the customer is called back again")
        .isEqualTo("RUNNING");

    List<LoggedRequest> sent = receiver.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(sent).hasSize(2);
    assertThat(sent.stream().map(r -> r.getHeader(WebhookSignature.DELIVERY_HEADER)).distinct())
        .hasSize(2);
    Map<String, Object> redelivered =
        json.readValue(sent.get(1).getBodyAsString(), Argument.mapOf(String.class, Object.class));
    assertThat(redelivered)
        .containsEntry("reason", "REOPENED")
        .containsEntry("notes", "the customer says it is not resolved: it still leaks")
        .containsEntry("department", code);

    assertThat(openOn(code, staff)).as("back on the department's list").contains(id);
    assertThat(sla.list(api.send(HttpRequest.GET("/api/tickets?type=PROBLEM"), manager)))
        .as("and on the centre's")
        .extracting(t -> t.get("id"))
        .contains(id);

    // resolved again; the customer is satisfied this time: the ticket is closed on both sides
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/tickets/" + id + "/resolve", Map.of("notes", "new drum seal")),
                    staff)
                .code())
        .isEqualTo(HttpStatus.OK.getCode());
    assertThat(openOn(code, staff)).contains(id);
    callbackCall(agent);
    HttpResponse<String> satisfied =
        floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true,\"notes\":\"dry\"}");
    assertThat(satisfied.code()).as(Api.body(satisfied)).isEqualTo(HttpStatus.OK.getCode());

    Map<String, Object> closed =
        awaitTicket(
            manager, id, t -> "MET".equals(SlaApi.target(t, "resolution-callback").get("status")));
    assertThat(count(closed, "REOPENED")).isEqualTo(1);
    assertThat(list(closed, "transfers")).hasSize(2);
    assertThat(openOn(code, staff)).doesNotContain(id);
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(2);
  }

  private String department(String path) {
    String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Service station " + code);
    body.put("webhookUrl", receiver.baseUrl() + path);
    body.put("webhookSecret", SECRET);
    body.put("timezone", "Asia/Shanghai");
    HttpResponse<String> put =
        api.send(HttpRequest.PUT("/api/departments/" + code, body), api.adminToken());
    assertThat(put.code()).isEqualTo(HttpStatus.CREATED.getCode());
    return code;
  }

  private String departmentUser(String department) {
    String name = "dept-user-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("username", name);
    body.put("password", Api.USER_PASSWORD);
    body.put("roles", List.of("DEPARTMENT"));
    body.put("departmentCode", department);
    assertThat(api.send(HttpRequest.POST("/api/users", body), api.adminToken()).code())
        .isEqualTo(HttpStatus.CREATED.getCode());
    return api.login(name, Api.USER_PASSWORD);
  }
}
