package com.followup.admin.agent;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents and the live dial loop end to end: real HTTP, real Quartz loops, MariaDB, the telephony
 * simulator where every call rings one second and a person answers; one second to connect.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
class AgentCallApiTest {

  static final Duration DIALED = Duration.ofSeconds(40);

  @Inject Floor floor;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  private Map<String, Object> awaitStage(String agent, String stage) throws InterruptedException {
    return await(() -> floor.callShown(agent), c -> stage.equals(c.get("stage")), DIALED);
  }

  @Test
  void a_ready_agent_is_bridged_to_the_due_customer_and_the_outcome_completes_the_step()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    assertThat(Api.body(floor.state(agent, "READY"))).contains("\"state\":\"READY\"");
    String record = floor.upload("E2E-1");

    Map<String, Object> call = awaitStage(agent, "CONNECTED");

    assertThat(call).containsEntry("stage", "CONNECTED").containsEntry("step", 1);
    assertThat((Map<String, Object>) call.get("customer")).containsEntry("name", "Ann Lee");
    Map<String, Object> hints = (Map<String, Object>) call.get("scriptHints");
    assertThat((Map<String, Object>) hints.get("nextStep")).containsEntry("step", 2);
    assertThat((String) hints.get("nextFollowUp")).startsWith("We will call you again between");
    assertThat(Api.body(floor.state(agent, "READY"))).contains("\"state\":\"ON_CALL\"");

    var outcome =
        floor.outcome(
            agent,
            "{\"outcome\":\"COMPLETED\",\"satisfied\":true,\"notes\":\"happy\","
                + "\"problem\":{\"department\":\"service\",\"summary\":\"door rattles\"}}");

    assertThat(outcome.code()).isEqualTo(200);
    Map<String, Object> result = floor.sla.map(outcome);
    assertThat((Map<String, Object>) result.get("result")).containsEntry("status", "COMPLETED");
    Map<String, Object> ticket = floor.sla.ticket(agent, result.get("problemTicketId"));
    assertThat(ticket).containsEntry("type", "PROBLEM");
    assertThat(floor.followUps(record))
        .extracting(f -> f.get("step") + ":" + f.get("status"))
        .containsExactly("1:COMPLETED", "2:SCHEDULED");
    assertThat(floor.call(agent).code()).isEqualTo(204);
    assertThat(Api.body(floor.api.send(HttpRequest.GET("/api/agent/state"), agent)))
        .contains("\"state\":\"READY\"");
    assertThat(Api.body(floor.api.send(HttpRequest.GET("/prometheus"), null)))
        .contains("followup_dialer_dials_total", "followup_dialer_connects_total");
  }

  @Test
  void a_person_answering_with_no_agent_free_is_abandoned_and_later_called_with_an_agent_reserved()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    String record = floor.upload("AB-1");
    await(() -> floor.status(record), "DIALING"::equals, DIALED);
    floor.state(agent, "PAUSED"); // the only agent leaves while the phone rings

    Object requeued =
        await(() -> floor.status(record), "SCHEDULED"::equals, Duration.ofSeconds(10));

    assertThat(requeued).isEqualTo("SCHEDULED");
    String id = String.valueOf(floor.followUps(record).get(0).get("id"));
    assertThat(floor.value("SELECT outcome FROM dialer_call WHERE follow_up_id = " + id))
        .isEqualTo("ABANDONED");

    floor.sql(
        "UPDATE follow_up SET next_attempt_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND,"
            + " wake_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE id = "
            + id);
    floor.state(agent, "READY");
    List<Object> stages = new ArrayList<>();
    await(
        () -> {
          Object stage = floor.callShown(agent).get("stage");
          if (stage != null && (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage))) {
            stages.add(stage);
          }
          return stage;
        },
        "CONNECTED"::equals,
        DIALED);

    // the agent was reserved before the number rang again (the call shows as PREVIEW for the
    // moment between the reservation and the dial): it cannot be abandoned twice
    assertThat(stages).containsSubsequence("RINGING", "CONNECTED").doesNotContain("ENDED");
  }

  @Test
  void an_agent_going_offline_mid_call_still_enters_the_outcome_and_gets_no_new_call()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    String first = floor.upload("OFF-1");
    awaitStage(agent, "CONNECTED");

    assertThat(Api.body(floor.state(agent, "OFFLINE"))).contains("\"state\":\"OFFLINE\"");
    assertThat(awaitStage(agent, "ENDED")).containsEntry("stage", "ENDED");
    String second = floor.upload("OFF-2");
    var outcome = floor.outcome(agent, "{\"outcome\":\"REFUSED\"}");

    assertThat(outcome.code()).isEqualTo(200);
    assertThat(floor.status(first)).isEqualTo("COMPLETED");
    await(() -> floor.status(second), "DUE"::equals, Duration.ofSeconds(10));
    Thread.sleep(1500);
    assertThat(floor.status(second)).isEqualTo("DUE");
    assertThat(floor.call(agent).code()).isEqualTo(204);
  }

  @Test
  void two_ready_agents_get_two_different_calls_and_neither_gets_a_second()
      throws InterruptedException {
    String ann = floor.api.userWithRole("AGENT", null);
    String bob = floor.api.userWithRole("AGENT", null);
    floor.state(ann, "READY");
    floor.state(bob, "READY");
    List<String> records =
        List.of(floor.upload("TW-1"), floor.upload("TW-2"), floor.upload("TW-3"));

    Object annCall = awaitStage(ann, "CONNECTED").get("followUpId");
    Object bobCall = awaitStage(bob, "CONNECTED").get("followUpId");
    Thread.sleep(1500);

    assertThat(annCall).isNotNull().isNotEqualTo(bobCall);
    assertThat(records.stream().map(floor::status).toList())
        .containsExactlyInAnyOrder("DIALING", "DIALING", "DUE");
  }

  @Test
  void wrong_input_is_400_wrong_roles_403_and_an_outcome_without_a_call_409() {
    String agent = floor.api.userWithRole("AGENT", null);
    String dealerUser = floor.api.userWithRole("DEALER", floor.dealer);

    assertThat(floor.state(agent, "ON_CALL").code()).isEqualTo(400);
    assertThat(Api.body(floor.state(agent, "BUSY"))).contains("READY, PAUSED or OFFLINE");
    assertThat(floor.outcome(agent, "{\"outcome\":\"MACHINE\"}").code()).isEqualTo(400);
    assertThat(floor.outcome(agent, "{\"outcome\":\"CALL_BACK\"}").code()).isEqualTo(400);
    assertThat(
            floor.outcome(agent, "{\"outcome\":\"CALL_BACK\",\"callbackAt\":\"tomorrow\"}").code())
        .isEqualTo(400);
    assertThat(floor.outcome(agent, "{\"outcome\":\"COMPLETED\"}").code()).isEqualTo(409);
    assertThat(floor.api.send(HttpRequest.POST("/api/agent/call/dial", "{}"), agent).code())
        .isEqualTo(409);
    assertThat(floor.state(dealerUser, "READY").code()).isEqualTo(403);
    assertThat(floor.call(dealerUser).code()).isEqualTo(403);
  }

  @Test
  void managers_set_how_a_campaign_is_dialed_and_an_unset_campaign_shows_the_defaults() {
    String manager = floor.api.userWithRole("MANAGER", null);
    String agent = floor.api.userWithRole("AGENT", null);
    floor.sql("DELETE FROM dialer_campaign_settings WHERE campaign = 'repair'");

    Map<String, Object> defaults =
        floor.sla.map(floor.api.send(HttpRequest.GET("/api/campaigns/repair/dialing"), manager));
    var changed =
        floor.api.send(
            HttpRequest.PUT(
                "/api/campaigns/repair/dialing",
                Map.of("mode", "progressive", "abandonmentCap", 0.02, "wrapUpSeconds", 45)),
            manager);
    var bad =
        floor.api.send(
            HttpRequest.PUT("/api/campaigns/repair/dialing", Map.of("mode", "FAST")), manager);
    var byAgent =
        floor.api.send(
            HttpRequest.PUT("/api/campaigns/repair/dialing", Map.of("mode", "PREVIEW")), agent);
    var unknown = floor.api.send(HttpRequest.GET("/api/campaigns/nope/dialing"), manager);
    floor.sql("DELETE FROM dialer_campaign_settings WHERE campaign = 'repair'");

    assertThat(defaults).containsEntry("mode", "PREDICTIVE").containsEntry("abandonmentCap", 0.03);
    assertThat((String) defaults.get("abandonMessage")).contains("customer care centre");
    assertThat(floor.sla.map(changed))
        .containsEntry("mode", "PROGRESSIVE")
        .containsEntry("abandonmentCap", 0.02)
        .containsEntry("wrapUpSeconds", 45);
    assertThat(bad.code()).isEqualTo(400);
    assertThat(Api.body(bad)).contains("PREVIEW, PROGRESSIVE, PREDICTIVE");
    assertThat(byAgent.code()).isEqualTo(403);
    assertThat(unknown.code()).isEqualTo(404);
  }
}
