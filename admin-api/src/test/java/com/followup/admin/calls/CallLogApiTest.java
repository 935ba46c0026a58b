package com.followup.admin.calls;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call log QA and managers read: a real call through the simulator (rings one second, a person
 * answers), taken by an agent and wrapped up, then listed and opened over HTTP.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
class CallLogApiTest {

  @Inject Floor floor;
  @Inject JsonMapper json;
  @Inject EmbeddedServer server;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  @Test
  void an_answered_call_is_listed_for_qa_with_its_agent_and_outcome_and_opens_with_every_step()
      throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    floor.state(agent, "READY");
    floor.upload("CALL-LOG-1");
    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));
    assertThat(
            floor
                .outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true,\"notes\":\"fine\"}")
                .code())
        .isEqualTo(200);
    String qa = floor.api.userWithRole("QA", null);

    List<Map<String, Object>> listed =
        list(qa, "?agent=" + enc(agentName) + "&since=" + enc(before.toString()));

    assertThat(listed).hasSize(1);
    Map<String, Object> call = listed.get(0);
    assertThat(call)
        .containsEntry("agent", agentName)
        .containsEntry("outcome", "COMPLETED")
        .containsKeys("id", "followUpId", "campaign", "placedAt", "answeredAt", "endedAt");
    assertThat(Instant.parse((String) call.get("placedAt"))).isAfter(before);

    Map<String, Object> detail = get(qa, call.get("id"));
    assertThat(detail).containsEntry("answeredBy", "PERSON").containsEntry("notes", "fine");
    List<Map<String, Object>> events = (List<Map<String, Object>>) detail.get("events");
    assertThat(events)
        .extracting(e -> e.get("type"))
        .containsSubsequence("PLACED", "ANSWERED", "BRIDGED", "OUTCOME");
    assertThat(events.get(events.size() - 1)).containsEntry("detail", "COMPLETED");
    List<Instant> times = events.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
    assertThat(times).isSorted();

    String manager = floor.api.userWithRole("MANAGER", null);
    assertThat(list(manager, "?outcome=completed&agent=" + enc(agentName))).hasSize(1);
    assertThat(list(manager, "?outcome=NO_ANSWER&agent=" + enc(agentName))).isEmpty();
    assertThat(list(manager, "?agent=" + enc(agentName) + "&until=" + enc(before.toString())))
        .isEmpty();
  }

  @Test
  void
      the_simulator_records_an_answered_call_in_two_channels_played_with_ranges_and_deleted_after_retention()
          throws Exception {
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    floor.state(agent, "READY");
    floor.upload("CALL-REC-1");
    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));
    floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true}");
    String qa = floor.api.userWithRole("QA", null);
    Map<String, Object> recording =
        await(
            () -> {
              try {
                List<Map<String, Object>> calls = list(qa, "?agent=" + enc(agentName));
                return calls.isEmpty() ? null : (Map<String, Object>) calls.get(0).get("recording");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            r -> r != null,
            Duration.ofSeconds(20));
    assertThat(recording)
        .containsEntry("status", "AVAILABLE")
        .containsEntry("channels", 2)
        .containsEntry("mediaType", "audio/wav");
    String href = (String) recording.get("href");

    HttpResponse<byte[]> whole = audio(href, qa, null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("audio/wav"));
    byte[] wav = whole.body();
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(wav[22]).as("channels").isEqualTo((byte) 2);
    HttpResponse<byte[]> part = audio(href, qa, "bytes=8-15");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).contains("bytes 8-15/" + wav.length);
    assertThat(new String(part.body(), StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
    HttpResponse<byte[]> tail = audio(href, qa, "bytes=-4");
    assertThat(tail.body())
        .isEqualTo(java.util.Arrays.copyOfRange(wav, wav.length - 4, wav.length));
    assertThat(audio(href, qa, "bytes=" + wav.length + "-").statusCode()).isEqualTo(416);
    assertThat(audio(href, agent, null).statusCode()).isEqualTo(403);

    // the console: QA's call list links the call, its page plays the recording through the app
    String id = href.replaceAll("\\D", "");
    assertThat(page("/qa/calls?agent=" + enc(agentName), qa).body())
        .contains("data-call=\"" + id + "\"", "href=\"/qa/calls/" + id + "\"");
    String callPage = page("/qa/calls/" + id, qa).body();
    assertThat(callPage)
        .contains(
            "src=\"/qa/calls/" + id + "/audio\"", "data-speed=\"1.5\"", "data-step=\"BRIDGED\"")
        .doesNotContain("api.twilio.com");
    assertThat(audio("/qa/calls/" + id + "/audio", qa, "bytes=0-3").statusCode()).isEqualTo(206);
    assertThat(page("/qa/calls/" + id, agent).statusCode()).isEqualTo(403);

    floor.sql(
        "UPDATE call_recording SET delete_after = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND"
            + " WHERE attempt_id = "
            + id);
    await(
        () -> floor.value("SELECT status FROM call_recording WHERE attempt_id = " + id),
        "DELETED"::equals,
        Duration.ofSeconds(20));
    assertThat(audio(href, qa, null).statusCode()).isEqualTo(404);
    assertThat((Map<String, Object>) get(qa, id).get("recording"))
        .containsEntry("status", "DELETED")
        .doesNotContainKey("href");
    assertThat(floor.value("SELECT audio FROM call_recording WHERE attempt_id = " + id)).isNull();
  }

  @Test
  void agents_and_dealers_may_not_read_the_call_log() {
    String agent = floor.api.userWithRole("AGENT", null);
    String dealerUser = floor.api.userWithRole("DEALER", floor.dealer);

    assertThat(floor.api.send(HttpRequest.GET("/api/calls"), agent).code()).isEqualTo(403);
    assertThat(floor.api.send(HttpRequest.GET("/api/calls/1"), dealerUser).code()).isEqualTo(403);
    assertThat(floor.api.send(HttpRequest.GET("/api/calls"), null).code()).isEqualTo(401);
  }

  @Test
  void an_unknown_call_is_404_and_a_malformed_question_is_400_with_its_reason() {
    String qa = floor.api.userWithRole("QA", null);

    assertThat(floor.api.send(HttpRequest.GET("/api/calls/987654321012"), qa).code())
        .isEqualTo(404);
    var badSince = floor.api.send(HttpRequest.GET("/api/calls?since=yesterday"), qa);
    assertThat(badSince.code()).isEqualTo(400);
    assertThat(Api.body(badSince)).contains("since must be ISO-8601");
    var badOutcome = floor.api.send(HttpRequest.GET("/api/calls?outcome=HAPPY"), qa);
    assertThat(badOutcome.code()).isEqualTo(400);
    assertThat(Api.body(badOutcome)).contains("outcome must be one of");
    assertThat(floor.api.send(HttpRequest.GET("/api/calls?limit=0"), qa).code()).isEqualTo(400);
    assertThat(floor.api.send(HttpRequest.GET("/api/calls?limit=5000"), qa).code()).isEqualTo(400);
    var backwards =
        floor.api.send(
            HttpRequest.GET("/api/calls?since=2026-11-02T00:00:00Z&until=2026-11-01T00:00:00Z"),
            qa);
    assertThat(backwards.code()).isEqualTo(400);
  }

  private List<Map<String, Object>> list(String token, String query) throws IOException {
    var response = floor.api.send(HttpRequest.GET("/api/calls" + query), token);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(
        Api.body(response), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

  private Map<String, Object> get(String token, Object id) throws IOException {
    var response = floor.api.send(HttpRequest.GET("/api/calls/" + id), token);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(Api.body(response), Map.class);
  }

  private HttpResponse<String> page(String path, String token) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Over the JDK client: the bytes and headers exactly as a browser's audio player gets them. */
  private HttpResponse<byte[]> audio(String href, String token, String range) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + href))
            .header("Authorization", "Bearer " + token);
    if (range != null) {
      request.header("Range", range);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
