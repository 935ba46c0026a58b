package com.followup.admin.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Telephony;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Call recordings in twilio mode, with the real twilio-java client on WireMock: calls are created
 * recording both channels, the signed recording callback keeps the metadata, the audio is streamed
 * through the application with ranges, and the retention deletes the recording at Twilio.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioRecordingApiTest implements TestPropertyProvider {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "recording-test-token";
  static final String BASE = "https://dialer.example.test";
  static final TwilioSigner TWILIO = new TwilioSigner(TOKEN);
  static final byte[] AUDIO =
      "ID3-pretend-mp3-audio-0123456789".getBytes(StandardCharsets.US_ASCII);

  final WireMockServer twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject TransactionOperations<Connection> db;
  @Inject EmbeddedServer server;

  Api api;
  String callSid;
  String recordingSid;
  AttemptId attempt;

  @Override
  public Map<String, String> getProperties() {
    twilio.start();
    return Map.of(
        "followup.telephony.mode", "twilio",
        "followup.twilio.account-sid", ACCOUNT,
        "followup.twilio.auth-token", TOKEN,
        "followup.twilio.from-number", "+15005550006",
        "followup.twilio.public-base-url", BASE,
        "followup.twilio.api-base-url", "http://localhost:" + twilio.port(),
        "followup.twilio.calls-per-second", "50",
        "followup.twilio.voice.api-key-sid", "SK0123456789abcdef0123456789abcdef",
        "followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef");
  }

  @AfterAll
  void stop() {
    twilio.stop();
  }

  @BeforeEach
  void placeACall() {
    api = new Api(client.toBlocking());
    callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
    twilio.resetAll();
    twilio.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.*"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\": \"" + callSid + "\", \"status\": \"queued\"}")));
    attempt = attempts.nextId();
    telephony.place(
        new OutboundCall(
            attempt, 9, "+8613812345678", "purchase", MachineBehaviour.HANG_UP, null, "Sorry"));
  }

  @Test
  void a_call_is_created_recording_customer_and_agent_on_channels_of_their_own() {
    twilio.verify(
        postRequestedFor(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.*"))
            .withRequestBody(containing("Record=true"))
            .withRequestBody(containing("RecordingChannels=dual"))
            .withRequestBody(
                containing(
                    "RecordingStatusCallback="
                        + encode(BASE + "/twilio/recording?attempt=" + attempt.value()))));
  }

  @Test
  void a_signed_recording_callback_is_kept_once_and_a_forged_one_is_refused() {
    Map<String, String> ready = recordingReady();
    assertThat(send(ready, new TwilioSigner("not-the-token").sign(url(), ready))).isEqualTo(403);
    assertThat(count()).isZero();

    assertThat(send(ready, TWILIO.sign(url(), ready))).isEqualTo(200);
    assertThat(send(ready, TWILIO.sign(url(), ready))).isEqualTo(200); // replayed

    assertThat(count()).isEqualTo(1);
    String qa = api.userWithRole("QA", null);
    String call = Api.body(api.send(HttpRequest.GET("/api/calls/" + attempt.value()), qa));
    assertThat(call)
        .contains("\"status\":\"AVAILABLE\"", "\"durationSeconds\":37", "\"channels\":2")
        .contains("\"href\":\"/api/calls/" + attempt.value() + "/recording\"")
        .doesNotContain("twilio.com", recordingSid, TOKEN);
  }

  @Test
  void qa_plays_a_range_of_the_audio_through_the_application_with_twilio_credentials_kept_inside()
      throws Exception {
    recorded();
    twilio.stubFor(
        WireMock.get(urlPathEqualTo(media()))
            .withHeader("Range", equalTo("bytes=4-9"))
            .willReturn(
                aResponse()
                    .withStatus(206)
                    .withHeader("Content-Type", "audio/mpeg")
                    .withHeader("Content-Range", "bytes 4-9/" + AUDIO.length)
                    .withBody(java.util.Arrays.copyOfRange(AUDIO, 4, 10))));
    twilio.stubFor(
        WireMock.get(urlPathEqualTo(media()))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "audio/mpeg")
                    .withBody(AUDIO)));
    String qa = api.userWithRole("QA", null);

    HttpResponse<byte[]> part = audio(qa, "bytes=4-9");
    HttpResponse<byte[]> whole = audio(api.userWithRole("MANAGER", null), null);

    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).contains("bytes 4-9/" + AUDIO.length);
    assertThat(part.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(AUDIO, 4, 10));
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Content-Type")).contains("audio/mpeg");
    assertThat(whole.body()).isEqualTo(AUDIO);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    twilio.verify(
        2, getRequestedFor(urlPathEqualTo(media())).withHeader("Authorization", equalTo(basic)));
  }

  @Test
  void agents_and_dealers_get_403_and_a_call_without_a_recording_404() throws Exception {
    recorded();
    String agent = api.userWithRole("AGENT", null);
    String dealer = api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai"));
    String qa = api.userWithRole("QA", null);

    assertThat(audio(agent, null).statusCode()).isEqualTo(403);
    assertThat(audio(dealer, null).statusCode()).isEqualTo(403);
    String otherCall = "CA" + UUID.randomUUID().toString().replace("-", "");
    twilio.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.*"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\": \"" + otherCall + "\", \"status\": \"queued\"}")));
    AttemptId unrecorded = attempts.nextId();
    telephony.place(
        new OutboundCall(
            unrecorded, 9, "+8613812345679", "purchase", MachineBehaviour.HANG_UP, null, "Sorry"));
    assertThat(audio(qa, null, unrecorded).statusCode()).isEqualTo(404);
    twilio.verify(0, getRequestedFor(urlPathMatching(".*/Recordings/.*")));
  }

  @Test
  void a_recording_past_its_retention_is_deleted_at_twilio_and_no_longer_played() throws Exception {
    recorded();
    twilio.stubFor(
        delete(
                urlPathEqualTo(
                    "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recordingSid + ".json"))
            .willReturn(aResponse().withStatus(204)));
    db.executeWrite(
        s ->
            s.getConnection()
                .createStatement()
                .executeUpdate(
                    "UPDATE call_recording SET delete_after = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND"
                        + " WHERE attempt_id = "
                        + attempt.value()));

    Instant limit = Instant.now().plus(Duration.ofSeconds(30));
    while (!"DELETED".equals(status()) && Instant.now().isBefore(limit)) {
      Thread.sleep(200);
    }

    assertThat(status()).isEqualTo("DELETED");
    twilio.verify(
        1,
        deleteRequestedFor(
            urlPathEqualTo(
                "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recordingSid + ".json")));
    assertThat(audio(api.userWithRole("QA", null), null).statusCode()).isEqualTo(404);
  }

  private void recorded() {
    Map<String, String> ready = recordingReady();
    assertThat(send(ready, TWILIO.sign(url(), ready))).isEqualTo(200);
  }

  private Map<String, String> recordingReady() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT);
    form.put("CallSid", callSid);
    form.put("RecordingSid", recordingSid);
    form.put(
        "RecordingUrl",
        "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recordingSid);
    form.put("RecordingStatus", "completed");
    form.put("RecordingDuration", "37");
    form.put("RecordingChannels", "2");
    form.put("RecordingSource", "OutboundAPI");
    return form;
  }

  private String media() {
    return "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recordingSid + ".mp3";
  }

  private String url() {
    return BASE + "/twilio/recording?attempt=" + attempt.value();
  }

  private int count() {
    return db.executeRead(
        s -> {
          var rows =
              s.getConnection()
                  .createStatement()
                  .executeQuery(
                      "SELECT COUNT(*) FROM call_recording WHERE attempt_id = " + attempt.value());
          rows.next();
          return rows.getInt(1);
        });
  }

  private String status() {
    return db.executeRead(
        s -> {
          var rows =
              s.getConnection()
                  .createStatement()
                  .executeQuery(
                      "SELECT status FROM call_recording WHERE attempt_id = " + attempt.value());
          return rows.next() ? rows.getString(1) : null;
        });
  }

  private int send(Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.POST("/twilio/recording?attempt=" + attempt.value(), body)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", signature);
    try {
      return client.toBlocking().exchange(request, String.class).code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private HttpResponse<byte[]> audio(String token, String range) throws Exception {
    return audio(token, range, attempt);
  }

  /** Over the JDK client: the bytes and headers exactly as a browser's player gets them. */
  private HttpResponse<byte[]> audio(String token, String range, AttemptId of) throws Exception {
    URI uri = URI.create(server.getURL() + "/api/calls/" + of.value() + "/recording");
    var request =
        java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    if (range != null) {
      request.header("Range", range);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
