package com.followup.admin.agent;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls nobody answers (the simulator rings one second, then gives up), and preview dialing. */
@MicronautTest(transactional = false)
@Property(name = "followup.telephony.simulator.human-answer-rate", value = "0")
@Property(name = "followup.telephony.simulator.machine-rate", value = "0")
@Property(name = "followup.telephony.simulator.busy-rate", value = "0")
@Property(name = "followup.telephony.simulator.no-answer-seconds", value = "1")
class UnansweredCallApiTest {

  static final Duration DIALED = Duration.ofSeconds(40);

  @Inject Floor floor;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
    floor.sql("DELETE FROM dialer_campaign_settings WHERE campaign = 'purchase'");
  }

  @Test
  void an_unanswered_call_is_retried_at_the_campaign_s_next_attempt_slot()
      throws InterruptedException {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    String record = floor.upload("NA-1");

    Map<String, Object> retried =
        await(
            () -> floor.followUps(record).get(0),
            f ->
                "SCHEDULED".equals(f.get("status")) && Integer.valueOf(1).equals(f.get("attempts")),
            DIALED);

    assertThat(retried).containsEntry("status", "SCHEDULED").containsEntry("attempts", 1);
    // the purchase campaign waits 120 minutes after no answer
    Instant next = Instant.parse((String) retried.get("nextAttemptAt"));
    assertThat(next).isAfter(Instant.now().plus(Duration.ofMinutes(110)));
    assertThat(
            floor.value(
                "SELECT outcome FROM dialer_call WHERE follow_up_id = " + retried.get("id")))
        .isEqualTo("NO_ANSWER");
    assertThat(Api.body(floor.api.send(HttpRequest.GET("/api/agent/state"), agent)))
        .contains("\"state\":\"READY\"");
  }

  @Test
  void in_preview_mode_the_agent_sees_the_call_first_and_it_rings_only_when_dialed()
      throws InterruptedException {
    String manager = floor.api.userWithRole("MANAGER", null);
    floor.api.send(
        HttpRequest.PUT("/api/campaigns/purchase/dialing", Map.of("mode", "PREVIEW")), manager);
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    String record = floor.upload("PV-1");

    Map<String, Object> preview =
        await(() -> floor.callShown(agent), c -> "PREVIEW".equals(c.get("stage")), DIALED);
    Thread.sleep(500);
    assertThat(floor.callShown(agent)).containsEntry("stage", "PREVIEW");
    var dialed = floor.api.send(HttpRequest.POST("/api/agent/call/dial", "{}"), agent);
    Map<String, Object> retried =
        await(
            () -> floor.followUps(record).get(0),
            f -> "SCHEDULED".equals(f.get("status")),
            Duration.ofSeconds(10));

    assertThat(preview.get("followUpId")).isEqualTo(retried.get("id"));
    assertThat(dialed.code()).isEqualTo(200);
    assertThat(Api.body(dialed)).contains("\"stage\":\"RINGING\"");
    assertThat(retried).containsEntry("attempts", 1);
    assertThat(floor.call(agent).code()).isEqualTo(204);
  }
}
