package com.followup.admin.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.dialing.CallPlacer;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.CallStage;
import com.followup.dialer.telephony.Telephony;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator plays a campaign's recording announcement to the person before bridging. */
@MicronautTest(transactional = false)
@Property(name = "followup.telephony.simulator.human-answer-rate", value = "1")
@Property(name = "followup.telephony.simulator.machine-rate", value = "0")
@Property(name = "followup.telephony.simulator.busy-rate", value = "0")
@Property(name = "followup.telephony.simulator.ring-seconds-min", value = "0")
@Property(name = "followup.telephony.simulator.ring-seconds-max", value = "0")
class SimulatedAnnouncementApiTest {

  static final String ANNOUNCEMENT = "Dieses Gespräch kann aufgezeichnet werden.";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject CallPlacer placer;
  @Inject CampaignDialingSettings dialing;
  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject JsonMapper json;

  @AfterEach
  void noAnnouncementForOthers() {
    Api api = new Api(client.toBlocking());
    api.send(
        HttpRequest.PUT("/api/campaigns/repair/dialing", Map.of("recordingAnnouncement", "")),
        api.userWithRole("MANAGER", null));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSimulatedCallShowsTheAnnouncementPlayedBeforeTheAgentWasBridged() throws Exception {
    Api api = new Api(client.toBlocking());
    HttpResponse<String> set =
        api.send(
            HttpRequest.PUT(
                "/api/campaigns/repair/dialing", Map.of("recordingAnnouncement", ANNOUNCEMENT)),
            api.userWithRole("MANAGER", null));
    assertThat(set.code()).as(Api.body(set)).isEqualTo(200);
    AttemptId attempt = attempts.nextId();
    Instant now = Instant.now();
    placer.place(
        attempt,
        new CallToPlace(
            9_140_100L,
            "QA14",
            "qa14-sim",
            "REPAIR",
            "repair",
            1,
            1,
            "+8613812345679",
            "Asia/Shanghai",
            "Bo",
            null,
            null,
            null,
            now,
            now.plusSeconds(3600),
            1,
            null),
        dialing.of("repair"));
    long until = System.currentTimeMillis() + 10_000;
    while (attempts.find(attempt).orElseThrow().stage() != CallStage.ANSWERED
        && System.currentTimeMillis() < until) {
      Thread.sleep(20);
    }
    telephony.bridge(attempt, new AgentEndpoint("agent-qa14-sim"));

    HttpResponse<String> response =
        api.send(HttpRequest.GET("/api/calls/" + attempt.value()), api.userWithRole("QA", null));
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) json.readValue(Api.body(response), Map.class).get("events");
    List<String> types = events.stream().map(e -> (String) e.get("type")).toList();

    assertThat(types).containsSubsequence("ANSWERED", "ANNOUNCEMENT_PLAYED", "BRIDGED");
    assertThat(events.get(types.indexOf("ANNOUNCEMENT_PLAYED")).get("detail"))
        .isEqualTo(ANNOUNCEMENT);
  }
}
