package com.followup.admin.department;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.sla.transfer.WebhookSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tickets for departments are delivered to a WireMock receiver on loopback by the real delivery
 * loop: real app, real MariaDB, real Quartz, real HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentTransferApiTest implements TestPropertyProvider {

  static final String SECRET = "a-department-secret-0123";

  final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String manager;
  String agent;

  @Override
  public Map<String, String> getProperties() {
    receiver.start();
    return Map.of(
        "followup.departments.delivery.first-retry", "300ms",
        "followup.departments.delivery.max-backoff", "2s",
        "followup.metrics.refresh", "300ms");
  }

  @AfterAll
  void stopReceiver() {
    receiver.stop();
  }

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    manager = api.userWithRole("MANAGER", null);
    agent = api.userWithRole("AGENT", null);
  }

  private String department(String path) {
    String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Service station " + code);
    body.put("webhookUrl", receiver.baseUrl() + path);
    body.put("webhookSecret", SECRET);
    body.put("timezone", "Asia/Shanghai");
    HttpResponse<String> put = api.send(HttpRequest.PUT("/api/departments/" + code, body), manager);
    assertThat(put.code()).isEqualTo(HttpStatus.CREATED.getCode());
    assertThat(Api.body(put)).doesNotContain(SECRET);
    return code;
  }

  private Map<String, Object> open(String department) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "PROBLEM");
    body.put("customerPhone", "+8613812345678");
    body.put("department", department);
    body.put("summary", "the washing machine leaks");
    HttpResponse<String> response = api.send(HttpRequest.POST("/api/tickets", body), agent);
    assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
    return sla.map(response);
  }

  private Map<String, Object> await(Object id, Predicate<Map<String, Object>> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Map<String, Object> ticket = sla.ticket(manager, id);
    while (!state.test(ticket) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      ticket = sla.ticket(manager, id);
    }
    assertThat(state.test(ticket)).as("ticket state in time: %s", ticket).isTrue();
    return ticket;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> ticket, String key) {
    // empty lists are left out of the JSON
    return (List<Map<String, Object>>) ticket.getOrDefault(key, List.of());
  }

  private static long notified(Map<String, Object> ticket) {
    return list(ticket, "events").stream()
        .filter(e -> "DEPARTMENT_NOTIFIED".equals(e.get("type")))
        .count();
  }

  @Test
  void
      a_receiver_failing_twice_gets_one_delivery_id_and_the_ticket_is_notified_once_at_the_successful_try()
          throws Exception {
    String path = "/hook-" + UUID.randomUUID();
    receiver.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    receiver.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(500).withBody("busy"))
            .willSetStateTo("third"));
    receiver.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("third")
            .willReturn(aResponse().withStatus(204)));
    String code = department(path);
    Object id = open(code).get("id");

    Map<String, Object> ticket = await(id, t -> notified(t) > 0);

    List<LoggedRequest> tries = receiver.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(tries).hasSize(3);
    assertThat(tries.stream().map(r -> r.getHeader(WebhookSignature.DELIVERY_HEADER)).distinct())
        .hasSize(1);
    for (LoggedRequest request : tries) {
      assertThat(
              WebhookSignature.verify(
                  SECRET,
                  request.getHeader(WebhookSignature.HEADER),
                  request.getBodyAsString(),
                  Instant.now(),
                  Duration.ofMinutes(5)))
          .isTrue();
      assertThat(receiverAccepts("not-the-secret-at-all", request, Instant.now()))
          .as("a wrong secret fails the check")
          .isFalse();
      assertThat(receiverAccepts(SECRET, request, Instant.now().plus(Duration.ofMinutes(6))))
          .as("an old signature (a replay) fails the check")
          .isFalse();
      assertThat(
              WebhookSignature.verify(
                  SECRET,
                  request.getHeader(WebhookSignature.HEADER),
                  request.getBodyAsString().replace("leaks", "works"),
                  Instant.now(),
                  Duration.ofMinutes(5)))
          .as("a changed body fails the check")
          .isFalse();
      Map<String, Object> sent =
          json.readValue(
              request.getBodyAsString(),
              io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
      assertThat(((Number) sent.get("ticketId")).longValue()).isEqualTo(((Number) id).longValue());
      assertThat(sent)
          .containsEntry("deliveryId", request.getHeader(WebhookSignature.DELIVERY_HEADER))
          .containsEntry("department", code)
          .containsEntry("summary", "the washing machine leaks");
    }
    assertThat(tries.get(0).getBodyAsString())
        .as("the same bytes on every try")
        .isEqualTo(tries.get(2).getBodyAsString());
    assertThat(notified(ticket)).isEqualTo(1);
    Map<String, Object> delivery = list(ticket, "deliveries").get(0);
    assertThat(delivery.get("attempts")).isEqualTo(3);
    assertThat(delivery.get("deliveryId"))
        .isEqualTo(tries.get(0).getHeader(WebhookSignature.DELIVERY_HEADER));
    Instant lastTry = tries.get(2).getLoggedDate().toInstant();
    Map<String, Object> transferred = SlaApi.target(ticket, "transferred");
    assertThat(transferred.get("status")).isEqualTo("MET");
    Instant metAt = Instant.parse((String) transferred.get("metAt"));
    assertThat(metAt).isBetween(lastTry.minusMillis(50), lastTry.plusSeconds(2));
    assertThat(Instant.parse((String) delivery.get("deliveredAt"))).isEqualTo(metAt);
    assertThat(
            list(ticket, "events").stream()
                .filter(e -> "DEPARTMENT_NOTIFIED".equals(e.get("type")))
                .map(e -> Instant.parse((String) e.get("occurredAt"))))
        .containsExactly(metAt);
    assertThat(list(ticket, "transfers").get(0).get("notifiedAt"))
        .isEqualTo(delivery.get("deliveredAt"));
    Thread.sleep(1500);
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(3);
  }

  @Test
  void a_department_user_sees_its_tickets_and_gets_403_on_another_departments() throws Exception {
    String path = "/ok-" + UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
    String mine = department(path);
    String other = department(path);
    Object myTicket = open(mine).get("id");
    Object otherTicket = open(other).get("id");
    String staff = departmentUser(mine);

    assertThat(api.send(HttpRequest.GET("/api/tickets/" + myTicket), staff).code())
        .isEqualTo(HttpStatus.OK.getCode());
    assertThat(api.send(HttpRequest.GET("/api/tickets/" + otherTicket), staff).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/tickets/" + otherTicket + "/resolve", Map.of("notes", "done")),
                    staff)
                .code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(api.send(HttpRequest.GET("/api/departments/" + other + "/tickets"), staff).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    List<Map<String, Object>> open =
        sla.list(api.send(HttpRequest.GET("/api/departments/" + mine + "/tickets"), staff));
    assertThat(open).extracting(t -> t.get("id")).containsExactly(myTicket);
  }

  @Test
  void passing_a_ticket_on_starts_new_targets_and_delivers_it_to_the_new_department()
      throws Exception {
    String firstPath = "/first-" + UUID.randomUUID();
    String nextPath = "/next-" + UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo(firstPath)).willReturn(aResponse().withStatus(200)));
    receiver.stubFor(post(urlEqualTo(nextPath)).willReturn(aResponse().withStatus(200)));
    String first = department(firstPath);
    String next = department(nextPath);
    Object id = open(first).get("id");
    Map<String, Object> notifiedOnce = await(id, t -> notified(t) == 1);
    String firstDue = (String) SlaApi.target(notifiedOnce, "transferred").get("dueAt");
    String staff = departmentUser(first);

    HttpResponse<String> ack =
        api.send(HttpRequest.POST("/api/tickets/" + id + "/acknowledge", Map.of()), staff);
    assertThat(ack.code()).isEqualTo(HttpStatus.OK.getCode());
    HttpResponse<String> passed =
        api.send(
            HttpRequest.POST(
                "/api/tickets/" + id + "/pass-on",
                Map.of("department", next, "notes", "a dishwasher: not ours")),
            staff);
    assertThat(passed.code()).isEqualTo(HttpStatus.OK.getCode());
    Map<String, Object> moved = sla.map(passed);
    assertThat(moved.get("department")).isEqualTo(next);
    Map<String, Object> transferred = SlaApi.target(moved, "transferred");
    assertThat(transferred.get("status")).isEqualTo("RUNNING");
    assertThat((String) transferred.get("dueAt")).isGreaterThan(firstDue);

    Map<String, Object> ticket = await(id, t -> notified(t) == 2);
    assertThat(SlaApi.target(ticket, "transferred").get("status")).isEqualTo("MET");
    assertThat(list(ticket, "transfers"))
        .extracting(t -> t.get("reason") + ":" + t.get("department"))
        .containsExactly("OPENED:" + first, "PASSED_ON:" + next);
    assertThat(list(ticket, "transfers").get(0).get("acknowledgedAt")).isNotNull();
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo(nextPath)))).hasSize(1);
    assertThat(api.send(HttpRequest.GET("/api/tickets/" + id), staff).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }

  @Test
  void a_reopened_ticket_is_transferred_again_with_a_new_delivery() throws Exception {
    String path = "/again-" + UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
    String code = department(path);
    Object id = open(code).get("id");
    await(id, t -> notified(t) == 1);
    String staff = departmentUser(code);
    assertThat(
            api.send(
                    HttpRequest.POST("/api/tickets/" + id + "/resolve", Map.of("notes", "fixed")),
                    staff)
                .code())
        .isEqualTo(HttpStatus.OK.getCode());

    assertThat(sla.event(agent, id, "REOPENED").code()).isEqualTo(HttpStatus.OK.getCode());

    Map<String, Object> ticket = await(id, t -> notified(t) == 2);
    assertThat(list(ticket, "transfers"))
        .extracting(t -> t.get("reason"))
        .containsExactly("OPENED", "REOPENED");
    assertThat(list(ticket, "deliveries"))
        .extracting(d -> d.get("deliveredAt"))
        .doesNotContainNull()
        .hasSize(2);
    assertThat(
            receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(r -> r.getHeader(WebhookSignature.DELIVERY_HEADER))
                .distinct())
        .hasSize(2);
  }

  /**
   * The check a department's receiver makes, written from the contract alone: recompute the
   * HMAC-SHA256 of "t.body" with the documented secret and compare; refuse a timestamp more than
   * five minutes away.
   */
  private static boolean receiverAccepts(String secret, LoggedRequest request, Instant now)
      throws Exception {
    String header = request.getHeader("X-Followup-Signature");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header);
    assertThat(m.matches()).as("signature header %s", header).isTrue();
    long t = Long.parseLong(m.group(1));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        java.util.HexFormat.of()
            .formatHex(
                mac.doFinal(
                    (t + "." + request.getBodyAsString())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return expected.equals(m.group(2))
        && Math.abs(now.getEpochSecond() - t) <= Duration.ofMinutes(5).toSeconds();
  }

  private static double overdueGauge(Api api) {
    String scrape = Api.body(api.send(HttpRequest.GET("/prometheus"), null));
    return scrape
        .lines()
        .filter(l -> l.startsWith("followup_departments_deliveries_overdue"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no overdue deliveries gauge"));
  }

  @Test
  void a_delivery_still_failing_half_way_to_its_deadline_is_flagged_to_the_centre_then_made()
      throws Exception {
    String path = "/down-" + UUID.randomUUID();
    receiver.stubFor(
        post(urlEqualTo(path)).willReturn(aResponse().withStatus(503).withBody("down for repair")));
    String code = department(path);
    // the call ended 59 minutes 50 seconds ago: the 1-hour target is due in 10 seconds
    Instant openedAt = Instant.now().minus(Duration.ofMinutes(59)).minusSeconds(50);
    Map<String, Object> body = new HashMap<>();
    body.put("type", "PROBLEM");
    body.put("customerPhone", "+8613812345678");
    body.put("department", code);
    body.put("summary", "the fridge is warm");
    body.put("openedAt", openedAt.toString());
    HttpResponse<String> opened = api.send(HttpRequest.POST("/api/tickets", body), agent);
    assertThat(opened.code()).isEqualTo(HttpStatus.CREATED.getCode());
    Object id = sla.map(opened).get("id");
    Instant dueAt =
        Instant.parse((String) SlaApi.target(sla.map(opened), "transferred").get("dueAt"));
    assertThat(sla.map(opened).get("undelivered")).isEqualTo(false);

    Map<String, Object> flagged = await(id, t -> Boolean.TRUE.equals(t.get("undelivered")));
    Map<String, Object> delivery = list(flagged, "deliveries").get(0);
    Instant warnedAt = Instant.parse((String) delivery.get("warnedAt"));
    assertThat(warnedAt).isBefore(dueAt);
    assertThat(delivery.get("deliveredAt")).isNull();
    assertThat((String) delivery.get("lastError")).isEqualTo("HTTP 503: down for repair");
    assertThat((Integer) delivery.get("attempts")).isGreaterThan(1);
    assertThat(notified(flagged)).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (overdueGauge(api) < 1 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    double overdue = overdueGauge(api);
    assertThat(overdue).as("the overdue deliveries gauge").isGreaterThanOrEqualTo(1);

    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
    Map<String, Object> delivered = await(id, t -> notified(t) == 1);
    Map<String, Object> made = list(delivered, "deliveries").get(0);
    assertThat(delivered.get("undelivered")).isEqualTo(false);
    assertThat(made.get("warnedAt"))
        .as("the warning stays on the record")
        .isEqualTo(delivery.get("warnedAt"));
    assertThat(made.get("deliveredAt")).isNotNull();
    deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (overdueGauge(api) > overdue - 1 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(overdueGauge(api)).isEqualTo(overdue - 1);
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
