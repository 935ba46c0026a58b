package com.followup.admin.breach;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review and appeal over HTTP: who may take each step, and that none can be undone. */
@MicronautTest(transactional = false)
class BreachApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String dealer;
  String owner;
  String qa;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    dealer = api.newDealer("CN", "Asia/Shanghai");
    owner = api.userWithRole("AGENT", null);
    qa = api.userWithRole("QA", null);
  }

  /** A problem opened 61 minutes ago by the owner: its transfer target is already late. */
  private Object lateBreach() throws InterruptedException {
    Object ticket =
        sla.open(owner, "PROBLEM", dealer, Instant.now().minus(Duration.ofMinutes(61))).get("id");
    return sla.awaitBreach(
            qa, dealer, b -> ticket.equals(b.get("ticketId")), Duration.ofSeconds(30))
        .get("id");
  }

  private HttpResponse<String> review(String token, Object id, String decision, String reason) {
    Map<String, Object> body =
        reason == null
            ? Map.of("decision", decision)
            : Map.of("decision", decision, "reason", reason);
    return api.send(HttpRequest.POST("/api/breaches/" + id + "/review", body), token);
  }

  private HttpResponse<String> appeal(String token, Object id) {
    return api.send(
        HttpRequest.POST("/api/breaches/" + id + "/appeal", Map.of("reason", "line was down")),
        token);
  }

  @Test
  void qa_confirms_the_owner_appeals_qa_decides_and_the_breach_keeps_every_step() throws Exception {
    Object id = lateBreach();

    assertThat(review(qa, id, "CONFIRMED", "no transfer logged").code()).isEqualTo(200);
    assertThat(appeal(owner, id).code()).isEqualTo(200);
    assertThat(sla.breaches(qa, "?status=APPEALED&dealer=" + dealer))
        .extracting(b -> b.get("id"))
        .containsExactly(id);
    HttpResponse<String> decided = review(qa, id, "EXCUSED", "telephony outage confirmed");

    assertThat(decided.code()).isEqualTo(200);
    Map<String, Object> breach = sla.map(api.send(HttpRequest.GET("/api/breaches/" + id), qa));
    assertThat(breach).containsEntry("status", "EXCUSED").containsEntry("target", "transferred");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) breach.get("steps");
    assertThat(steps)
        .extracting(s -> s.get("step") + ":" + s.get("outcome"))
        .containsExactly("REVIEW:CONFIRMED", "APPEAL:APPEALED", "APPEAL_DECISION:EXCUSED");
  }

  @Test
  void only_qa_reviews_and_only_the_owners_side_appeals() throws Exception {
    Object id = lateBreach();
    String manager = api.userWithRole("MANAGER", null);
    String otherAgent = api.userWithRole("AGENT", null);
    String otherDealer = api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai"));
    String ownDealer = api.userWithRole("DEALER", dealer);

    assertThat(review(owner, id, "EXCUSED", "mine").code()).isEqualTo(403);
    assertThat(review(manager, id, "CONFIRMED", null).code()).isEqualTo(403);
    assertThat(review(ownDealer, id, "EXCUSED", "ours").code()).isEqualTo(403);
    assertThat(appeal(qa, id).code()).isEqualTo(403);
    assertThat(appeal(manager, id).code()).isEqualTo(403);
    assertThat(appeal(otherAgent, id).code()).isEqualTo(403);
    assertThat(appeal(otherDealer, id).code()).isEqualTo(403);
    assertThat(appeal(ownDealer, id).code()).isEqualTo(200);
    assertThat(appeal(owner, id).code()).as("appealed once only").isEqualTo(409);
    assertThat(review(qa, id, "CONFIRMED", "no evidence").code()).isEqualTo(200);
  }

  @Test
  void breaches_are_listed_for_qa_by_filters_and_restricted_for_dealers_and_agents()
      throws Exception {
    Object id = lateBreach();
    String otherAgent = api.userWithRole("AGENT", null);
    String ownDealer = api.userWithRole("DEALER", dealer);
    String otherDealer = api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai"));
    String manager = api.userWithRole("MANAGER", null);

    String query = "?stage=transferred&department=after-sales&status=OPEN&dealer=" + dealer;
    assertThat(sla.breaches(manager, query)).extracting(b -> b.get("id")).containsExactly(id);
    assertThat(sla.breaches(qa, "?stage=customer-updated&dealer=" + dealer)).isEmpty();
    assertThat(sla.breaches(qa, "?since=" + Instant.now() + "&dealer=" + dealer)).isEmpty();
    assertThat(sla.breaches(ownDealer, "")).extracting(b -> b.get("id")).containsExactly(id);
    assertThat(sla.breaches(otherDealer, "")).isEmpty();
    assertThat(api.send(HttpRequest.GET("/api/breaches?dealer=" + dealer), otherDealer).code())
        .isEqualTo(403);
    assertThat(sla.breaches(owner, "?dealer=" + dealer)).extracting(b -> b.get("id")).contains(id);
    assertThat(sla.breaches(otherAgent, "?dealer=" + dealer)).isEmpty();
    assertThat(api.send(HttpRequest.GET("/api/breaches/" + id), otherAgent).code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/breaches?status=LOST"), qa).code()).isEqualTo(400);
    assertThat(api.send(HttpRequest.GET("/api/breaches?since=monday"), qa).code()).isEqualTo(400);
  }

  @Test
  void the_ledger_cannot_be_edited_or_deleted_through_the_api() throws Exception {
    Object id = lateBreach();
    assertThat(review(qa, id, "CONFIRMED", "late").code()).isEqualTo(200);
    String admin = api.adminToken();
    Map<String, Object> before = sla.map(api.send(HttpRequest.GET("/api/breaches/" + id), qa));

    assertThat(review(qa, id, "EXCUSED", "second thoughts").code()).isEqualTo(409);
    for (String token : List.of(qa, admin)) {
      Map<String, Object> edit = Map.of("status", "EXCUSED", "reason", "edited");
      assertThat(api.send(HttpRequest.PUT("/api/breaches/" + id, edit), token).code())
          .isBetween(400, 499);
      assertThat(api.send(HttpRequest.PATCH("/api/breaches/" + id, edit), token).code())
          .isBetween(400, 499);
      assertThat(api.send(HttpRequest.DELETE("/api/breaches/" + id), token).code())
          .isBetween(400, 499);
      assertThat(api.send(HttpRequest.DELETE("/api/breaches/" + id + "/review"), token).code())
          .isBetween(400, 499);
    }

    assertThat(sla.map(api.send(HttpRequest.GET("/api/breaches/" + id), qa))).isEqualTo(before);
  }

  @Test
  void a_complaint_reopened_after_late_service_is_a_recomplaint_against_its_department()
      throws Exception {
    Instant since = Instant.now().minusSeconds(1);
    Object late =
        sla.open(owner, "COMPLAINT", dealer, Instant.now().minus(Duration.ofMinutes(11))).get("id");
    Object onTime = sla.open(owner, "COMPLAINT", dealer, null).get("id");
    sla.awaitBreach(qa, dealer, b -> late.equals(b.get("ticketId")), Duration.ofSeconds(30));

    assertThat(sla.event(owner, late, "REOPENED").code()).isEqualTo(200);
    assertThat(sla.event(owner, onTime, "REOPENED").code()).isEqualTo(200);

    List<Map<String, Object>> recomplaints =
        sla.list(
            api.send(
                HttpRequest.GET("/api/breaches/recomplaints?department=after-sales&since=" + since),
                qa));
    assertThat(recomplaints)
        .filteredOn(r -> dealer.equals(r.get("dealerCode")))
        .singleElement()
        .satisfies(
            r -> assertThat(r).containsEntry("ticketId", late).containsEntry("lateTargets", 1));
    assertThat(api.send(HttpRequest.GET("/api/breaches/recomplaints"), owner).code())
        .isEqualTo(403);
  }

  @Test
  void bad_reviews_get_400_and_unknown_breaches_404() throws Exception {
    Object id = lateBreach();

    assertThat(review(qa, id, "MAYBE", "x").code()).isEqualTo(400);
    assertThat(review(qa, id, "EXCUSED", null).code()).isEqualTo(400);
    assertThat(review(qa, 999_999_999, "CONFIRMED", null).code()).isEqualTo(404);
    assertThat(appeal(owner, 999_999_999).code()).isEqualTo(404);
    assertThat(api.send(HttpRequest.GET("/api/breaches/999999999"), qa).code()).isEqualTo(404);
  }
}
