package com.followup.admin.agent;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the agent's screen needs beyond the call: pause reasons, the state log, today's figures, the
 * contact's earlier calls, the wrap-up countdown and the change version. Real HTTP, real loops,
 * MariaDB, the simulator (a person answers after one second).
 */
@MicronautTest(transactional = false, environments = "answered-calls")
class AgentDeskApiTest {

  static final Duration DIALED = Duration.ofSeconds(40);

  @Inject Floor floor;
  @Inject AgentChangesHeard heard;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
    floor.sql("DELETE FROM dialer_campaign_settings WHERE campaign = 'purchase'");
  }

  private Map<String, Object> awaitStage(String agent, String stage) throws InterruptedException {
    return await(() -> floor.callShown(agent), c -> stage.equals(c.get("stage")), DIALED);
  }

  /** The agent's user name (the tests hold the agent's token). */
  private String name(String agent) {
    return (String) floor.sla.map(floor.state(agent, "OFFLINE")).get("username");
  }

  private String log(String username) {
    return floor.value(
        "SELECT GROUP_CONCAT(CONCAT(state, COALESCE(CONCAT(':', reason), ''))"
            + " ORDER BY started_at, id SEPARATOR ' ') FROM dialer_agent_state_log"
            + " WHERE username = '"
            + username
            + "'");
  }

  @Test
  void a_pause_with_a_reason_is_recorded_and_shown_and_an_unknown_reason_is_400() {
    String agent = floor.api.userWithRole("AGENT", null);
    String username = name(agent);
    floor.state(agent, "READY");

    Map<String, Object> paused = floor.sla.map(floor.state(agent, "PAUSED", "meal"));
    Map<String, Object> shown = floor.shown(agent, "/api/agent/state");
    var unknown = floor.state(agent, "PAUSED", "SMOKING");
    var notAPause = floor.state(agent, "READY", "MEAL");
    Map<String, Object> plain = floor.sla.map(floor.state(agent, "PAUSED"));

    assertThat(paused).containsEntry("state", "PAUSED").containsEntry("pauseReason", "MEAL");
    assertThat(shown).containsEntry("pauseReason", "MEAL").containsKey("stateSince");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(Api.body(unknown)).contains("BREAK, MEAL, TRAINING, MEETING, COACHING");
    assertThat(notAPause.code()).isEqualTo(400);
    assertThat(plain).containsEntry("state", "PAUSED").doesNotContainKey("pauseReason");
    assertThat(log(username)).isEqualTo("OFFLINE READY PAUSED:MEAL PAUSED");
  }

  @Test
  void two_calls_to_one_phone_show_the_first_in_the_second_s_history_and_in_today_s_figures()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    String username = name(agent);
    String phone = Api.freshMobile();
    floor.state(agent, "READY");
    floor.upload("HIS-1", phone);
    awaitStage(agent, "CONNECTED");
    var none = floor.api.send(HttpRequest.GET("/api/agent/call/history"), agent);
    floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true,\"notes\":\"all fine\"}");

    floor.upload("HIS-2", phone);
    awaitStage(agent, "CONNECTED");
    List<Map<String, Object>> history =
        floor.sla.list(floor.api.send(HttpRequest.GET("/api/agent/call/history"), agent));
    // a pause asked for during the call is applied when the outcome is in
    Map<String, Object> during = floor.sla.map(floor.state(agent, "PAUSED", "COACHING"));
    floor.outcome(agent, "{\"outcome\":\"REFUSED\"}");
    Map<String, Object> after = floor.shown(agent, "/api/agent/state");
    Map<String, Object> today = floor.shown(agent, "/api/agent/today");

    assertThat(none.code()).isEqualTo(200);
    assertThat(Api.body(none)).isEqualTo("[]");
    assertThat(history).hasSize(1);
    assertThat(history.get(0))
        .containsEntry("campaign", "purchase")
        .containsEntry("step", 1)
        .containsEntry("outcome", "COMPLETED")
        .containsEntry("agent", username)
        .containsEntry("satisfied", true)
        .containsEntry("notes", "all fine")
        .containsKeys("at", "talkSeconds", "attemptId", "followUpId");
    assertThat(during)
        .containsEntry("state", "ON_CALL")
        .containsEntry("afterCall", "PAUSED")
        .containsEntry("afterCallPauseReason", "COACHING");
    assertThat(after).containsEntry("state", "PAUSED").containsEntry("pauseReason", "COACHING");
    assertThat(floor.call(agent).code()).isEqualTo(204);
    assertThat(floor.api.send(HttpRequest.GET("/api/agent/call/history"), agent).code())
        .isEqualTo(204);
    assertThat(today)
        .containsEntry("username", username)
        .containsEntry("zone", "Asia/Shanghai")
        .containsEntry("callsHandled", 2)
        .containsEntry("completedSteps", 1)
        .containsKeys("talkSeconds", "wrapUpSeconds", "readySeconds", "pausedSeconds");
    assertThat(((Number) today.get("readySeconds")).longValue()).isPositive();
    assertThat((Map<String, Object>) today.get("pausedSecondsByReason"))
        .containsKeys("BREAK", "MEAL", "TRAINING", "MEETING", "COACHING", "NONE");
    assertThat(log(username))
        .matches("OFFLINE READY ON_CALL (WRAP_UP )?READY ON_CALL (WRAP_UP )?PAUSED:COACHING");
    assertThat(floor.api.send(HttpRequest.GET("/api/agent/today?zone=Mars/Base"), agent).code())
        .isEqualTo(400);
  }

  @Test
  void the_change_version_and_the_event_move_when_the_call_is_bridged()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    String username = name(agent);
    floor.state(agent, "READY");
    long ready = version(agent);
    long heardReady = heard.of(username);
    floor.upload("VER-1");

    long bridged = await(() -> version(agent), v -> v >= ready + 2, DIALED);

    assertThat(floor.callShown(agent)).containsEntry("stage", "CONNECTED");
    assertThat(bridged).isGreaterThanOrEqualTo(ready + 2); // reserved, then bridged
    assertThat(heard.of(username)).isGreaterThanOrEqualTo(heardReady + 2);
    assertThat(floor.shown(agent, "/api/agent/state"))
        .containsEntry("changeVersion", (int) bridged);
    floor.outcome(agent, "{\"outcome\":\"COMPLETED\"}");
    assertThat(version(agent)).isGreaterThan(bridged);
  }

  private long version(String agent) {
    Map<String, Object> shown = floor.shown(agent, "/api/agent/state/version");
    return ((Number) shown.get("changeVersion")).longValue();
  }

  @Test
  void an_ended_call_shows_when_its_wrap_up_runs_out_and_then_the_step_is_retried()
      throws InterruptedException {
    String manager = floor.api.userWithRole("MANAGER", null);
    floor.api.send(
        HttpRequest.PUT(
            "/api/campaigns/purchase/dialing",
            Map.of("mode", "progressive", "abandonmentCap", 0.03, "wrapUpSeconds", 2)),
        manager);
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    String record = floor.upload("WRAP-1");
    Map<String, Object> connected = awaitStage(agent, "CONNECTED");

    floor.state(agent, "OFFLINE"); // hangs up; the agent may still enter the outcome
    Map<String, Object> ended = awaitStage(agent, "ENDED");
    Map<String, Object> state = floor.shown(agent, "/api/agent/state");
    Object retried = await(() -> floor.status(record), "SCHEDULED"::equals, Duration.ofSeconds(10));

    assertThat(connected).doesNotContainKey("wrapUp");
    Map<String, Object> wrapUp = (Map<String, Object>) ended.get("wrapUp");
    assertThat(wrapUp)
        .containsEntry("limitSeconds", 2)
        .containsEntry("outcomeWhenOver", "NO_ANSWER")
        .containsEntry("stateWhenOver", "OFFLINE");
    Instant started = Instant.parse((String) wrapUp.get("startedAt"));
    assertThat(Instant.parse((String) wrapUp.get("endsAt"))).isEqualTo(started.plusSeconds(2));
    assertThat(state).containsEntry("state", "OFFLINE").containsKey("wrapUp");
    // nobody else is on duty: the wrap-up still runs out
    assertThat(retried).isEqualTo("SCHEDULED");
    assertThat(floor.call(agent).code()).isEqualTo(204);
    String id = String.valueOf(floor.followUps(record).get(0).get("id"));
    assertThat(floor.value("SELECT outcome FROM dialer_call WHERE follow_up_id = " + id))
        .isEqualTo("NO_ANSWER");
  }
}
