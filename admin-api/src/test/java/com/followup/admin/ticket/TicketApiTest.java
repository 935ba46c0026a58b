package com.followup.admin.ticket;

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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TicketApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String dealer;
  String agent;
  String qa;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    dealer = api.newDealer("CN", "Asia/Shanghai");
    agent = api.userWithRole("AGENT", null);
    qa = api.userWithRole("QA", null);
  }

  @Test
  void an_agent_opens_a_complaint_and_reads_its_running_targets() {
    HttpResponse<String> created = sla.openTicket(agent, "COMPLAINT", dealer, null);

    assertThat(created.code()).isEqualTo(201);
    Map<String, Object> ticket = sla.map(created);
    assertThat(created.getHeaders().get("Location")).isEqualTo("/api/tickets/" + ticket.get("id"));
    assertThat(ticket).containsEntry("customerPhone", "+8613812345678");
    assertThat(ticket).containsKey("policyVersion").containsEntry("dealerCode", dealer);
    Map<String, Object> read = sla.ticket(agent, ticket.get("id"));
    Map<String, Object> notified = SlaApi.target(read, "department-notified");
    assertThat(notified).containsEntry("status", "RUNNING").doesNotContainKey("metAt");
    Instant opened = Instant.parse((String) read.get("openedAt"));
    assertThat(Instant.parse((String) notified.get("dueAt")))
        .isEqualTo(opened.plus(Duration.ofMinutes(10)));
  }

  @Test
  void events_meet_targets_start_the_next_ones_and_pause_and_resume_the_clocks() {
    Object id = sla.open(agent, "COMPLAINT", dealer, null).get("id");

    Map<String, Object> notified = sla.map(sla.event(agent, id, "DEPARTMENT_NOTIFIED"));
    assertThat(SlaApi.target(notified, "department-notified"))
        .containsEntry("status", "MET")
        .containsKey("metAt");
    assertThat(SlaApi.target(notified, "customer-updated")).containsEntry("status", "RUNNING");

    Map<String, Object> paused = sla.map(sla.event(agent, id, "PAUSED"));
    assertThat(paused).containsEntry("paused", true);
    assertThat(SlaApi.target(paused, "customer-updated")).containsEntry("status", "PAUSED");
    assertThat(sla.event(agent, id, "PAUSED").code()).isEqualTo(409);
    Map<String, Object> resumed = sla.map(sla.event(agent, id, "RESUMED"));
    assertThat(SlaApi.target(resumed, "customer-updated")).containsEntry("status", "RUNNING");
    assertThat(SlaApi.target(resumed, "department-notified")).containsEntry("status", "MET");
  }

  @Test
  void a_deadline_is_flagged_by_the_running_scheduler_within_a_second() throws Exception {
    // a ticket already late shows the loop is running before the measured one falls due
    sla.open(agent, "PROBLEM", dealer, Instant.now().minus(Duration.ofMinutes(61)));
    sla.awaitBreach(qa, dealer, b -> true, Duration.ofSeconds(30));
    Instant opened =
        Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(10)).plusSeconds(2);

    Map<String, Object> ticket = sla.open(agent, "COMPLAINT", dealer, opened);
    Object id = ticket.get("id");

    Map<String, Object> breach =
        sla.awaitBreach(qa, dealer, b -> id.equals(b.get("ticketId")), Duration.ofSeconds(20));
    Instant deadline = Instant.parse((String) breach.get("breachedAt"));
    Instant flagged = Instant.parse((String) breach.get("flaggedAt"));
    assertThat(deadline).isEqualTo(opened.plus(Duration.ofMinutes(10)));
    assertThat(Duration.between(deadline, flagged).toMillis()).isBetween(0L, 999L);
    assertThat(breach)
        .containsEntry("target", "department-notified")
        .containsEntry("status", "OPEN")
        .containsEntry("policyVersion", ticket.get("policyVersion"))
        .containsEntry("owner", ticket.get("openedBy"));
    assertThat(SlaApi.target(sla.ticket(agent, id), "department-notified"))
        .containsEntry("status", "BREACHED")
        .containsEntry("breachedAt", deadline.toString());
  }

  @Test
  void invalid_tickets_and_events_get_400_with_a_message_and_unknown_ids_404() {
    assertThat(status(body("type", "WISH"))).isEqualTo(400);
    assertThat(status(body("customerPhone", "12ab"))).isEqualTo(400);
    assertThat(status(body("openedAt", Instant.now().plusSeconds(120).toString()))).isEqualTo(400);
    assertThat(status(body("openedAt", Instant.now().minus(Duration.ofDays(8)).toString())))
        .isEqualTo(400);
    assertThat(status(body("openedAt", "yesterday"))).isEqualTo(400);
    assertThat(status(body("dealerCode", "NO-SUCH-DEALER"))).isEqualTo(400);
    Map<String, Object> national = body("dealerCode", null);
    HttpResponse<String> refused = api.send(HttpRequest.POST("/api/tickets", national), agent);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(Api.body(refused)).contains("international");

    Object id = sla.open(agent, "INQUIRY", dealer, null).get("id");
    assertThat(sla.event(agent, id, "LUNCH").code()).isEqualTo(400);
    assertThat(sla.event(agent, 999_999_999, "RESOLVED").code()).isEqualTo(404);
    assertThat(api.send(HttpRequest.GET("/api/tickets/999999999"), agent).code()).isEqualTo(404);
  }

  @Test
  void a_dealer_user_works_only_with_its_own_dealers_tickets() {
    String other = api.newDealer("CN", "Asia/Shanghai");
    String dealerUser = api.userWithRole("DEALER", dealer);
    Object othersTicket = sla.open(agent, "PROBLEM", other, null).get("id");

    assertThat(sla.openTicket(dealerUser, "PROBLEM", dealer, null).code()).isEqualTo(201);
    assertThat(sla.openTicket(dealerUser, "PROBLEM", other, null).code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/tickets/" + othersTicket), dealerUser).code())
        .isEqualTo(403);
    assertThat(sla.event(dealerUser, othersTicket, "RESOLVED").code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/tickets/" + othersTicket), agent).code())
        .isEqualTo(200);
  }

  private Map<String, Object> body(String field, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "COMPLAINT");
    body.put("customerPhone", "138 1234 5678");
    body.put("dealerCode", dealer);
    body.put("department", "after-sales");
    body.put("summary", "noise");
    body.put(field, value);
    return body;
  }

  private int status(Map<String, Object> body) {
    HttpResponse<String> response = api.send(HttpRequest.POST("/api/tickets", body), agent);
    if (response.code() == 400) {
      assertThat(Api.body(response)).as("a message").isNotBlank();
    }
    return response.code();
  }
}
