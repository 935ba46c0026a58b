package com.followup.admin.console.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** QA's pages and the owners' breach pages over plain HTTP: filters, reviews, appeals, roles. */
@MicronautTest(transactional = false)
class QaConsolePagesTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  SlaApi sla;
  String dealer;
  String agent;
  String qa;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    dealer = api.newDealer("CN", "Asia/Shanghai");
    agent = api.newUser(null, "AGENT");
    qa = api.userWithRole("QA", null);
  }

  /** A problem its agent opened 61 minutes ago for the dealer: its transfer target is late. */
  private long lateBreach(String forDealer, String byAgent) throws InterruptedException {
    Object ticket =
        sla.open(
                api.login(byAgent, Api.USER_PASSWORD),
                "PROBLEM",
                forDealer,
                Instant.now().minus(Duration.ofMinutes(61)))
            .get("id");
    Map<String, Object> breach =
        sla.awaitBreach(
            qa, forDealer, b -> ticket.equals(b.get("ticketId")), Duration.ofSeconds(30));
    return ((Number) breach.get("id")).longValue();
  }

  private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, Map<String, String> form)
      throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .header("HX-Request", "true")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private List<String> steps(long breach) {
    Map<String, Object> read =
        sla.map(api.send(io.micronaut.http.HttpRequest.GET("/api/breaches/" + breach), qa));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) read.get("steps");
    return steps == null
        ? List.of()
        : steps.stream().map(s -> s.get("step") + ":" + s.get("outcome")).toList();
  }

  @Test
  void the_board_keeps_its_filters_in_the_url_counts_each_facet_and_answers_htmx_with_results()
      throws Exception {
    long breach = lateBreach(dealer, agent);

    HttpResponse<String> page = get("/qa?dealer=" + dealer + "&stage=transferred", qa);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-breach=\"" + breach + "\"")
        .contains("Matching breaches: 1; 1–1 shown, oldest first.")
        .contains("<option value=\"" + dealer + "\" selected=\"selected\">" + dealer + " (1)")
        .contains("id=\"board-filters\"");
    HttpResponse<String> results =
        get("/qa?dealer=" + dealer + "&agent=" + agent, qa, "HX-Request", "true");
    assertThat(results.body())
        .contains("data-breach=\"" + breach + "\"")
        .doesNotContain("id=\"board-filters\"")
        .doesNotContain("<html");
    assertThat(get("/qa?dealer=" + dealer + "&stage=customer-updated", qa).body())
        .contains("No breach matches these filters.")
        .doesNotContain("data-breach=\"" + breach + "\"");
    assertThat(get("/qa?dealer=" + dealer + "&status=confirmed", qa).body())
        .doesNotContain("data-breach=\"" + breach + "\"");
    assertThat(get("/qa?dealer=" + dealer + "&type=COMPLAINT", qa).body())
        .doesNotContain("data-breach=\"" + breach + "\"");
    assertThat(get("/qa?from=monday", qa).statusCode()).isEqualTo(400);
  }

  @Test
  void a_review_without_a_reason_is_refused_next_to_the_field_and_writes_nothing()
      throws Exception {
    long breach = lateBreach(dealer, agent);

    HttpResponse<String> refused =
        post(
            "/qa/breaches/" + breach + "/review", qa, Map.of("decision", "EXCUSED", "reason", " "));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"reason-error\"")
        .contains("A reason is required.")
        .contains("aria-invalid=\"true\"");
    assertThat(steps(breach)).isEmpty();
    HttpResponse<String> noDecision =
        post("/qa/breaches/" + breach + "/review", qa, Map.of("reason", "late"));
    assertThat(noDecision.body()).contains("Choose a decision.");

    HttpResponse<String> excused =
        post(
            "/qa/breaches/" + breach + "/review",
            qa,
            Map.of("decision", "EXCUSED", "reason", "the line was down"));

    assertThat(excused.statusCode()).isEqualTo(204);
    assertThat(excused.headers().firstValue("HX-Redirect"))
        .hasValue("/qa/breaches/" + breach + "?done=1");
    assertThat(steps(breach)).containsExactly("REVIEW:EXCUSED");
    HttpResponse<String> shown = get("/qa/breaches/" + breach + "?done=1", qa);
    assertThat(shown.body())
        .contains("Your decision is in the ledger.")
        .contains("the line was down")
        .contains("id=\"review-closed\"")
        .doesNotContain("id=\"review-form\"");
    assertThat(
            post(
                    "/qa/breaches/" + breach + "/review",
                    qa,
                    Map.of("decision", "CONFIRMED", "reason", "again"))
                .statusCode())
        .as("a decided breach is not decided again")
        .isEqualTo(409);
  }

  @Test
  void the_owning_dealer_appeals_from_its_desk_and_qa_decides_the_appeal() throws Exception {
    long breach = lateBreach(dealer, agent);
    String dealerUser = api.userWithRole("DEALER", dealer);

    assertThat(get("/dealer/" + dealer + "/breaches", dealerUser).body())
        .contains("data-breach=\"" + breach + "\"");
    HttpResponse<String> empty =
        post(
            "/dealer/" + dealer + "/breaches/" + breach + "/appeal",
            dealerUser,
            Map.of("reason", ""));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("A reason is required to appeal.");
    HttpResponse<String> appealed =
        post(
            "/dealer/" + dealer + "/breaches/" + breach + "/appeal",
            dealerUser,
            Map.of("reason", "the customer asked us to wait"));
    assertThat(appealed.statusCode()).isEqualTo(204);
    assertThat(get("/qa?status=appealed&dealer=" + dealer, qa).body())
        .contains("data-breach=\"" + breach + "\"");
    assertThat(get("/qa/breaches/" + breach, qa).body())
        .contains("Decide the appeal")
        .contains("Uphold the breach (reject the appeal)")
        .contains("the customer asked us to wait");

    post(
        "/qa/breaches/" + breach + "/review",
        qa,
        Map.of("decision", "CONFIRMED", "reason", "no record of a request to wait"));

    assertThat(steps(breach)).containsExactly("APPEAL:APPEALED", "APPEAL_DECISION:CONFIRMED");
    assertThat(get("/dealer/" + dealer + "/breaches/" + breach, dealerUser).body())
        .contains("This breach was appealed already.")
        .doesNotContain("id=\"appeal-form\"");
  }

  @Test
  void a_dealer_gets_the_403_page_on_qa_pages_and_on_another_dealers_breach() throws Exception {
    String other = api.newDealer("CN", "Asia/Shanghai");
    long theirs = lateBreach(other, agent);
    String dealerUser = api.userWithRole("DEALER", dealer);

    for (String path : List.of("/qa", "/qa/breaches/" + theirs, "/qa/recomplaints")) {
      HttpResponse<String> refused = get(path, dealerUser);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).contains("You may not open this page");
    }
    assertThat(get("/dealer/" + dealer + "/breaches/" + theirs, dealerUser).statusCode())
        .isEqualTo(403);
    assertThat(get("/dealer/" + other + "/breaches/" + theirs, dealerUser).statusCode())
        .isEqualTo(403);
    assertThat(get("/dealer/" + dealer + "/breaches", dealerUser).body())
        .doesNotContain("data-breach=\"" + theirs + "\"");
    Map<String, String> reason = Map.of("reason", "not ours");
    assertThat(
            post("/dealer/" + dealer + "/breaches/" + theirs + "/appeal", dealerUser, reason)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            post("/dealer/" + other + "/breaches/" + theirs + "/appeal", dealerUser, reason)
                .statusCode())
        .isEqualTo(403);
    assertThat(steps(theirs)).isEmpty();
  }

  @Test
  void an_agent_sees_and_appeals_only_the_breaches_it_owns() throws Exception {
    long mine = lateBreach(dealer, agent);
    String otherAgent = api.newUser(null, "AGENT");
    long theirs = lateBreach(dealer, otherAgent);
    String token = api.login(agent, Api.USER_PASSWORD);

    assertThat(get("/agent/breaches", token).body())
        .contains("data-breach=\"" + mine + "\"")
        .doesNotContain("data-breach=\"" + theirs + "\"");
    assertThat(get("/agent/breaches/" + theirs, token).statusCode()).isEqualTo(403);
    assertThat(
            post("/agent/breaches/" + theirs + "/appeal", token, Map.of("reason", "x"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            post("/agent/breaches/" + mine + "/appeal", token, Map.of("reason", "system down"))
                .statusCode())
        .isEqualTo(204);
    assertThat(steps(mine)).containsExactly("APPEAL:APPEALED");
    assertThat(get("/qa", token).statusCode()).isEqualTo(403);
  }

  @Test
  void the_breach_page_shows_the_tickets_events_targets_and_ledger_and_offers_no_edit()
      throws Exception {
    long breach = lateBreach(dealer, agent);
    Object ticket =
        sla.map(api.send(io.micronaut.http.HttpRequest.GET("/api/breaches/" + breach), qa))
            .get("ticketId");
    assertThat(sla.event(qa, ticket, "DEPARTMENT_NOTIFIED").code()).isEqualTo(200);

    String page = get("/qa/breaches/" + breach, qa).body();

    assertThat(page)
        .contains("Ticket opened")
        .contains("Department notified")
        .contains("Deadline passed: breach")
        .contains("data-target=\"transferred\"")
        .contains("data-target=\"resolution-callback\"")
        .contains("Breach flagged")
        .contains("id=\"review-form\"");
    assertThat(page)
        .doesNotContain("hx-delete")
        .doesNotContain("hx-put")
        .doesNotContain("hx-patch");
    assertThat(
            java.util.regex.Pattern.compile("hx-post=\"([^\"]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList())
        .as("the page's only writing action is the review")
        .containsExactlyInAnyOrder("/console/language", "/qa/breaches/" + breach + "/review");
    assertThat(page).contains("id=\"callbacks-h\"").contains("data-follow-up=");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(server.getURL() + "/qa/breaches/" + breach))
                        .header("Authorization", "Bearer " + qa)
                        .DELETE()
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isIn(403, 404, 405);
  }

  @Test
  void re_complaints_count_repeat_complaints_of_one_customer_per_department() throws Exception {
    String department = "dept-" + dealer;
    String token = api.login(agent, Api.USER_PASSWORD);
    String phone = Api.freshMobile();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body =
          Map.of(
              "type", "COMPLAINT",
              "customerPhone", phone,
              "dealerCode", dealer,
              "department", department,
              "summary", "complaint " + i);
      assertThat(api.send(io.micronaut.http.HttpRequest.POST("/api/tickets", body), token).code())
          .isEqualTo(201);
    }

    String page = get("/qa/recomplaints", qa).body();

    int row = page.indexOf("data-department=\"" + department + "\"");
    assertThat(row).isPositive();
    String cells = page.substring(row, page.indexOf("</tr>", row));
    assertThat(cells)
        .contains("data-count=\"complaints\">3<")
        .contains("data-count=\"repeats\">2<")
        .contains("data-count=\"reopened\">0<");
  }
}
