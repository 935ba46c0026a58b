package com.followup.admin.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Telephony;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Twilio's webhooks over HTTP in twilio mode: signatures, replays, late callbacks. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioWebhookApiTest implements TestPropertyProvider {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "webhook-test-token";
  static final String BASE = "https://dialer.example.test";
  static final TwilioSigner TWILIO = new TwilioSigner(TOKEN);

  final WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject RecordedCallEvents events;

  String sid;
  AttemptId attempt;

  @Override
  public Map<String, String> getProperties() {
    api.start();
    return Map.of(
        "followup.telephony.mode",
        "twilio",
        "followup.twilio.account-sid",
        ACCOUNT,
        "followup.twilio.auth-token",
        TOKEN,
        "followup.twilio.from-number",
        "+15005550006",
        "followup.twilio.public-base-url",
        BASE,
        "followup.twilio.api-base-url",
        "http://localhost:" + api.port(),
        "followup.twilio.calls-per-second",
        "50",
        "followup.twilio.voice.api-key-sid",
        "SK0123456789abcdef0123456789abcdef",
        "followup.twilio.voice.api-key-secret",
        "0123456789abcdef0123456789abcdef");
  }

  @AfterAll
  void stop() {
    api.stop();
  }

  @BeforeEach
  void placeACall() {
    sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    api.resetAll();
    api.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.*"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}")));
    attempt = attempts.nextId();
    telephony.place(
        new OutboundCall(
            attempt, 9, "+8613812345678", "purchase", MachineBehaviour.HANG_UP, null, "Sorry"));
  }

  @Test
  void a_validly_signed_status_callback_is_taken() {
    Map<String, String> form = form("CallStatus", "ringing");

    assertThat(send("/twilio/status", form, sign("/twilio/status", form))).isEqualTo(200);
    assertThat(events.typesOf(attempt)).containsExactly(CallEventType.RINGING);
  }

  @Test
  void a_forged_signature_gets_403_and_changes_nothing() {
    Map<String, String> form = form("CallStatus", "ringing");
    String forged = new TwilioSigner("not-the-token").sign(BASE + path("/twilio/status"), form);

    assertThat(send("/twilio/status", form, forged)).isEqualTo(403);
    // signed for other parameters than those sent
    assertThat(send("/twilio/status", form, sign("/twilio/status", form("CallStatus", "busy"))))
        .isEqualTo(403);
    assertThat(events.typesOf(attempt)).isEmpty();
  }

  @Test
  void a_missing_signature_gets_403_on_every_webhook() {
    Map<String, String> form = form("CallStatus", "ringing");

    assertThat(send("/twilio/status", form, null)).isEqualTo(403);
    assertThat(send("/twilio/voice", form, null)).isEqualTo(403);
    assertThat(send("/twilio/amd", form("AnsweredBy", "human"), null)).isEqualTo(403);
    assertThat(events.typesOf(attempt)).isEmpty();
  }

  @Test
  void a_replayed_status_callback_changes_nothing() {
    Map<String, String> completed = form("CallStatus", "completed", "CallDuration", "42");
    String signature = sign("/twilio/status", completed);

    assertThat(send("/twilio/status", completed, signature)).isEqualTo(200);
    CallAttempt first = attempts.find(attempt).orElseThrow();
    assertThat(send("/twilio/status", completed, signature)).isEqualTo(200);

    assertThat(attempts.find(attempt).orElseThrow()).isEqualTo(first);
    assertThat(events.typesOf(attempt)).containsExactly(CallEventType.COMPLETED);
    assertThat(first.result().durationSeconds()).isEqualTo(42);
  }

  @Test
  void a_ringing_callback_after_completed_leaves_the_call_completed() {
    Map<String, String> completed = form("CallStatus", "completed", "CallDuration", "7");
    Map<String, String> ringing = form("CallStatus", "ringing");

    send("/twilio/status", completed, sign("/twilio/status", completed));
    send("/twilio/status", ringing, sign("/twilio/status", ringing));

    CallAttempt stored = attempts.find(attempt).orElseThrow();
    assertThat(stored.result().outcome()).isEqualTo(CallEventType.COMPLETED);
    assertThat(stored.times().ringingAt()).isNull();
    assertThat(events.typesOf(attempt)).containsExactly(CallEventType.COMPLETED);
  }

  @Test
  void the_voice_webhook_answers_twiml_and_the_detection_result_is_taken() {
    Map<String, String> voice = form("CallStatus", "in-progress");
    Map<String, String> amd = form("AnsweredBy", "human");

    HttpResponse<String> twiml = exchange("/twilio/voice", voice, sign("/twilio/voice", voice));
    assertThat(send("/twilio/amd", amd, sign("/twilio/amd", amd))).isEqualTo(200);

    assertThat(twiml.getContentType()).contains(MediaType.TEXT_XML_TYPE);
    assertThat(twiml.body()).startsWith("<?xml").contains("<Pause length=\"60\"/>");
    assertThat(events.typesOf(attempt)).containsExactly(CallEventType.ANSWERED);
  }

  private Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT);
    form.put("CallSid", sid);
    form.put("Timestamp", ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private String path(String webhook) {
    return webhook + "?attempt=" + attempt;
  }

  private String sign(String webhook, Map<String, String> form) {
    return TWILIO.sign(BASE + path(webhook), form);
  }

  private int send(String webhook, Map<String, String> form, String signature) {
    try {
      return exchange(webhook, form, signature).code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private HttpResponse<String> exchange(
      String webhook, Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.POST(path(webhook), body).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return client.toBlocking().exchange(request, String.class);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void an_agent_gets_a_softphone_token_under_its_user_name_and_a_dealer_gets_none() {
    Api users = new Api(client.toBlocking());

    HttpResponse<String> issued =
        users.send(HttpRequest.GET("/api/agent/voice-token"), users.userWithRole("AGENT", null));

    assertThat(issued.code()).isEqualTo(200);
    assertThat(Api.body(issued)).contains("\"identity\":\"agent-", "\"token\":\"ey");
    assertThat(
            users
                .send(
                    HttpRequest.GET("/api/agent/voice-token"),
                    users.userWithRole("DEALER", users.newDealer("CN", "Asia/Shanghai")))
                .code())
        .isEqualTo(403);
  }
}
