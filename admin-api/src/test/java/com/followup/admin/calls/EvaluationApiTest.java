package com.followup.admin.calls;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QA evaluations over HTTP on real calls (the simulator: a person answers, an agent talks): forms
 * and their versions, scoring, blind calibration, the agent's acknowledgement or dispute, QA's
 * decision, who may take each step, and the monthly figures.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
class EvaluationApiTest {

  static final String FORM =
      """
      {"name": "Follow-up call", "groups": [
        {"code": "greeting", "name": "Greeting", "weight": 40, "questions": [
          {"code": "phrases", "text": "Uses the standard greeting", "type": "YES_NO",
           "points": 10, "counts": "STANDARD_PHRASES"},
          {"code": "answers", "text": "Answers the question asked", "type": "FAULTS",
           "points": 10, "deduction": 2}]},
        {"code": "accuracy", "name": "Accuracy", "weight": 60, "questions": [
          {"code": "info", "text": "Information given", "type": "CHOICE", "points": 10,
           "counts": "WRONG_ANSWER", "choices": [
             {"code": "right", "label": "Right", "points": 10},
             {"code": "partial", "label": "Partly right", "points": 5},
             {"code": "wrong", "label": "Wrong", "points": 0}]},
          {"code": "tone", "text": "Tone", "type": "SCALE", "points": 8, "scaleMin": 1,
           "scaleMax": 5, "allowNa": true},
          {"code": "privacy", "text": "No customer data given away", "type": "YES_NO",
           "points": 5, "critical": true}]}]}
      """;

  @Inject Floor floor;
  @Inject JsonMapper json;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  /** A real call the agent talked on and completed; returns its attempt id. */
  private long talkedCall(String agent, String agentName, String record) throws Exception {
    floor.state(agent, "READY");
    floor.upload(record);
    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));
    assertThat(floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true}").code())
        .isEqualTo(200);
    String id =
        floor.value(
            "SELECT MAX(a.id) FROM call_attempt a JOIN dialer_call d ON d.attempt_id = a.id"
                + " WHERE d.agent = '"
                + agentName
                + "'");
    return Long.parseLong(id);
  }

  @Test
  void qa_scores_a_call_the_agent_disputes_once_and_qa_revises_it_with_every_step_kept()
      throws Exception {
    String qa = floor.api.userWithRole("QA", null);
    String form = "call-" + System.nanoTime();
    assertThat(put("/api/evaluation-forms/" + form, FORM, qa)).containsEntry("version", 1);
    assertThat(put("/api/evaluation-forms/" + form, FORM, qa)).containsEntry("version", 2);
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    long first = talkedCall(agent, agentName, "EVAL-1");

    var scored =
        post(
            "/api/calls/" + first + "/evaluations",
            "{\"form\":\""
                + form
                + "\",\"answers\":["
                + "{\"question\":\"phrases\",\"value\":\"YES\"},"
                + "{\"question\":\"answers\",\"value\":\"1\",\"comment\":\"missed the warranty question\"},"
                + "{\"question\":\"info\",\"value\":\"partial\",\"comment\":\"service interval wrong\"},"
                + "{\"question\":\"tone\",\"value\":\"4\",\"comment\":\"a little hurried\"},"
                + "{\"question\":\"privacy\",\"value\":\"YES\"}]}",
            qa);
    assertThat(scored.code()).as(Api.body(scored)).isEqualTo(201);
    Map<String, Object> evaluation = map(scored);
    // greeting 18/20, accuracy 16/23: 100 × (40 × 0.9 + 60 × 16/23) / 100
    assertThat(evaluation)
        .containsEntry("score", 77.74)
        .containsEntry("formVersion", 2)
        .containsEntry("agent", agentName)
        .containsEntry("wrongAnswer", true)
        .containsEntry("status", "SUBMITTED");
    Object id = evaluation.get("id");

    // the agent sees its own; another agent and a dealer do not
    assertThat(list("/api/evaluations", agent)).extracting(e -> e.get("id")).containsExactly(id);
    String other = floor.api.userWithRole("AGENT", null);
    assertThat(floor.api.send(HttpRequest.GET("/api/evaluations/" + id), other).code())
        .isEqualTo(403);
    assertThat(
            post("/api/evaluations/" + id + "/dispute", "{\"reason\":\"not mine\"}", other).code())
        .isEqualTo(403);
    String dealerUser = floor.api.userWithRole("DEALER", floor.dealer);
    assertThat(floor.api.send(HttpRequest.GET("/api/evaluations/" + id), dealerUser).code())
        .isEqualTo(403);

    assertThat(post("/api/evaluations/" + id + "/dispute", "{\"reason\":\" \"}", agent).code())
        .isEqualTo(400);
    assertThat(
            post(
                    "/api/evaluations/" + id + "/dispute",
                    "{\"reason\":\"the interval was right\"}",
                    agent)
                .code())
        .isEqualTo(200);
    assertThat(post("/api/evaluations/" + id + "/dispute", "{\"reason\":\"again\"}", agent).code())
        .isEqualTo(409);
    assertThat(post("/api/evaluations/" + id + "/acknowledge", "{}", agent).code()).isEqualTo(409);
    assertThat(
            post(
                    "/api/evaluations/" + id + "/decide",
                    "{\"decision\":\"UPHELD\",\"reason\":\"x\"}",
                    agent)
                .code())
        .isEqualTo(403);

    var revised =
        post(
            "/api/evaluations/" + id + "/decide",
            "{\"decision\":\"REVISED\",\"reason\":\"the agent was right\",\"answers\":["
                + "{\"question\":\"phrases\",\"value\":\"YES\"},"
                + "{\"question\":\"answers\",\"value\":\"1\",\"comment\":\"missed the warranty question\"},"
                + "{\"question\":\"info\",\"value\":\"right\"},"
                + "{\"question\":\"tone\",\"na\":true},"
                + "{\"question\":\"privacy\",\"value\":\"YES\"}]}",
            floor.api.userWithRole("QA", null));
    assertThat(revised.code()).as(Api.body(revised)).isEqualTo(200);
    Map<String, Object> decided = map(revised);
    // greeting 0.9, accuracy 15/15: 36 + 60
    assertThat(decided).containsEntry("score", 96.0).containsEntry("status", "REVISED");
    assertThat((List<Map<String, Object>>) decided.get("steps"))
        .extracting(s -> s.get("step") + ":" + s.get("score"))
        .containsExactly("SUBMITTED:77.74", "DISPUTED:null", "REVISED:96.0");
    assertThat(
            post(
                    "/api/evaluations/" + id + "/decide",
                    "{\"decision\":\"UPHELD\",\"reason\":\"x\"}",
                    qa)
                .code())
        .isEqualTo(409);

    // a second call: the agent acknowledges it; a critical fault scores 0
    long second = talkedCall(agent, agentName, "EVAL-2");
    Map<String, Object> failed =
        map(
            post(
                "/api/calls/" + second + "/evaluations",
                "{\"form\":\""
                    + form
                    + "\",\"version\":1,\"answers\":["
                    + "{\"question\":\"phrases\",\"value\":\"NO\",\"comment\":\"no greeting\"},"
                    + "{\"question\":\"answers\",\"value\":\"0\"},"
                    + "{\"question\":\"info\",\"value\":\"right\"},"
                    + "{\"question\":\"tone\",\"value\":\"5\"},"
                    + "{\"question\":\"privacy\",\"value\":\"NO\",\"comment\":\"read out the address\"}]}",
                qa));
    assertThat(failed).containsEntry("score", 0.0).containsEntry("failedCritical", true);
    assertThat(post("/api/evaluations/" + failed.get("id") + "/acknowledge", "{}", agent).code())
        .isEqualTo(200);

    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Object> figures =
        list("/api/evaluations/figures?month=" + month, qa).stream()
            .filter(f -> agentName.equals(f.get("agent")))
            .findFirst()
            .orElseThrow();
    // 96 and 0; one critical failure; the second call missed the phrases, none had a wrong answer
    // after the revision: (1 + 0) / 2
    assertThat(figures)
        .containsEntry("audited", 2)
        .containsEntry("averageScore", 48.0)
        .containsEntry("criticalFailures", 1)
        .containsEntry("errorRate", 0.5);
  }

  @Test
  void calibration_is_blind_until_each_evaluator_has_scored_and_then_shows_the_spread()
      throws Exception {
    String qa1 = floor.api.userWithRole("QA", null);
    String qa2Name = floor.api.newUser(null, "QA");
    String qa2 = floor.api.login(qa2Name, Api.USER_PASSWORD);
    String form = "cal-" + System.nanoTime();
    put("/api/evaluation-forms/" + form, FORM, qa1);
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    long call = talkedCall(agent, agentName, "CAL-1");
    String answers =
        "{\"question\":\"phrases\",\"value\":\"YES\"},{\"question\":\"answers\",\"value\":\"%s\"%s},"
            + "{\"question\":\"info\",\"value\":\"right\"},{\"question\":\"tone\",\"value\":\"5\"},"
            + "{\"question\":\"privacy\",\"value\":\"YES\"}";
    Map<String, Object> counted =
        map(
            post(
                "/api/calls/" + call + "/evaluations",
                "{\"form\":\"" + form + "\",\"answers\":[" + answers.formatted("0", "") + "]}",
                qa1));

    assertThat(list("/api/calls/" + call + "/evaluations", qa2)).isEmpty();
    assertThat(floor.api.send(HttpRequest.GET("/api/evaluations/" + counted.get("id")), qa2).code())
        .isEqualTo(403);
    assertThat(floor.api.send(HttpRequest.GET("/api/calls/" + call + "/calibration"), qa2).code())
        .isEqualTo(403);
    assertThat(
            post(
                    "/api/calls/" + call + "/evaluations",
                    "{\"form\":\"" + form + "\",\"answers\":[" + answers.formatted("0", "") + "]}",
                    qa2)
                .code())
        .as("a second evaluation that counts")
        .isEqualTo(409);

    var calibrated =
        post(
            "/api/calls/" + call + "/evaluations",
            "{\"form\":\""
                + form
                + "\",\"calibration\":true,\"answers\":["
                + answers.formatted("3", ",\"comment\":\"three faults\"")
                + "]}",
            qa2);
    assertThat(calibrated.code()).as(Api.body(calibrated)).isEqualTo(201);

    assertThat(list("/api/calls/" + call + "/evaluations", qa2)).hasSize(2);
    var spread = floor.api.send(HttpRequest.GET("/api/calls/" + call + "/calibration"), qa2);
    assertThat(spread.code()).isEqualTo(200);
    Map<String, Object> calibration = map(spread);
    List<Map<String, Object>> questions = (List<Map<String, Object>>) calibration.get("questions");
    assertThat(questions)
        .filteredOn(q -> "answers".equals(q.get("question")))
        .extracting(q -> q.get("spread"))
        .containsExactly(6.0);
    assertThat(questions)
        .filteredOn(q -> "info".equals(q.get("question")))
        .extracting(q -> q.get("spread"))
        .containsExactly(0.0);
    // the agent never sees the calibration score
    assertThat(list("/api/evaluations", agent))
        .extracting(e -> e.get("id"))
        .containsExactly(counted.get("id"));
  }

  @Test
  void a_sampling_rule_fills_the_queue_once_per_quota_and_qa_picks_any_other_call()
      throws Exception {
    String qa = floor.api.userWithRole("QA", null);
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    long first = talkedCall(agent, agentName, "SAMPLE-1");
    long second = talkedCall(agent, agentName, "SAMPLE-2");
    String campaign = floor.value("SELECT campaign FROM call_attempt WHERE id = " + first);
    var rule =
        floor.api.send(
            HttpRequest.PUT(
                    "/api/qa-sampling/" + campaign,
                    "{\"perAgentPerWeek\":1,\"problemShare\":0,\"seed\":7}")
                .contentType(MediaType.APPLICATION_JSON),
            qa);
    assertThat(rule.code()).as(Api.body(rule)).isEqualTo(200);

    // the hourly loop picks up a new rule at once; a run by hand then finds the quota filled
    Object queued =
        await(
            () -> {
              try {
                return list("/api/qa-queue?campaign=" + campaign, qa).stream()
                    .filter(q -> agentName.equals(q.get("agent")))
                    .toList();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            l -> l.size() == 1,
            Duration.ofSeconds(20));
    Map<String, Object> sampled = ((List<Map<String, Object>>) queued).get(0);
    assertThat(sampled).containsEntry("reason", "RANDOM");
    assertThat(post("/api/qa-sampling/" + campaign + "/run", "{}", qa).code()).isEqualTo(200);
    long other = ((Number) sampled.get("attemptId")).longValue() == first ? second : first;

    var picked = post("/api/qa-queue", "{\"callId\":" + other + "}", qa);
    assertThat(picked.code()).as(Api.body(picked)).isEqualTo(201);
    assertThat(post("/api/qa-queue", "{\"callId\":" + other + "}", qa).code()).isEqualTo(409);
    assertThat(
            list("/api/qa-queue?campaign=" + campaign, qa).stream()
                .filter(q -> agentName.equals(q.get("agent")))
                .map(q -> q.get("reason"))
                .toList())
        .containsExactlyInAnyOrder("RANDOM", "PICKED");
    assertThat(post("/api/qa-sampling/" + campaign + "/run?week=2026-W99", "{}", qa).code())
        .isEqualTo(400);
    assertThat(floor.api.send(HttpRequest.GET("/api/qa-queue"), agent).code()).isEqualTo(403);
  }

  @Test
  void a_malformed_form_or_evaluation_is_refused_with_its_reason() throws Exception {
    String qa = floor.api.userWithRole("QA", null);
    var badForm =
        floor.api.send(
            HttpRequest.PUT("/api/evaluation-forms/bad", "{\"name\":\"x\",\"groups\":[]}")
                .contentType(MediaType.APPLICATION_JSON),
            qa);
    assertThat(badForm.code()).isEqualTo(400);
    assertThat(Api.body(badForm)).contains("at least one group");
    assertThat(
            floor
                .api
                .send(
                    HttpRequest.PUT("/api/evaluation-forms/x", FORM)
                        .contentType(MediaType.APPLICATION_JSON),
                    floor.api.userWithRole("AGENT", null))
                .code())
        .isEqualTo(403);
    assertThat(
            post("/api/calls/987654321/evaluations", "{\"form\":\"nope\",\"answers\":[]}", qa)
                .code())
        .isEqualTo(404);
    assertThat(floor.api.send(HttpRequest.GET("/api/evaluation-forms/never-made"), qa).code())
        .isEqualTo(404);
    assertThat(floor.api.send(HttpRequest.GET("/api/evaluations?month=November"), qa).code())
        .isEqualTo(400);
  }

  private Map<String, Object> put(String path, String body, String token) throws IOException {
    var response =
        floor.api.send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON), token);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return map(response);
  }

  private io.micronaut.http.HttpResponse<String> post(String path, String body, String token) {
    return floor.api.send(
        HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON), token);
  }

  private Map<String, Object> map(io.micronaut.http.HttpResponse<String> response)
      throws IOException {
    return json.readValue(Api.body(response), Argument.mapOf(String.class, Object.class));
  }

  private List<Map<String, Object>> list(String path, String token) throws IOException {
    var response = floor.api.send(HttpRequest.GET(path), token);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(
        Api.body(response), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }
}
