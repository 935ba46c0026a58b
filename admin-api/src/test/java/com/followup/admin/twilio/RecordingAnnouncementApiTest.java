package com.followup.admin.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.dialing.CallPlacer;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.Telephony;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A campaign's recording announcement in twilio mode: set through the dialing API, said to the
 * person who answered (webhooks over HTTP, signed) before the agent is dialed — the TwiML the call
 * is updated with on the WireMock stand-in of Twilio — and shown among the call's events.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingAnnouncementApiTest implements TestPropertyProvider {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "announcement-test-token";
  static final String BASE = "https://dialer.example.test";
  static final TwilioSigner TWILIO = new TwilioSigner(TOKEN);
  static final String ANNOUNCEMENT = "This call may be recorded for quality.";

  final WireMockServer twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject CallPlacer placer;
  @Inject CampaignDialingSettings dialing;
  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject JsonMapper json;

  Api api;
  String manager;
  String sid;
  AttemptId attempt;

  @Override
  public Map<String, String> getProperties() {
    twilio.start();
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
        "http://localhost:" + twilio.port(),
        "followup.twilio.calls-per-second",
        "50",
        "followup.twilio.voice.api-key-sid",
        "SK0123456789abcdef0123456789abcdef",
        "followup.twilio.voice.api-key-secret",
        "0123456789abcdef0123456789abcdef");
  }

  @AfterAll
  void stop() {
    twilio.stop();
  }

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    twilio.resetAll();
    twilio.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.*"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}")));
  }

  @AfterEach
  void noAnnouncementForOthers() {
    setAnnouncement("");
  }

  @Test
  void aCampaignThatAsksSaysTheAnnouncementToThePersonBeforeTheAgentIsDialed() throws Exception {
    assertThat(setAnnouncement(ANNOUNCEMENT))
        .contains("\"recordingAnnouncement\":\"" + ANNOUNCEMENT);

    String twiml = answerAndBridge();

    assertThat(twiml).contains("<Say>" + ANNOUNCEMENT + "</Say>");
    assertThat(twiml.indexOf("<Say>")).isLessThan(twiml.indexOf("<Dial"));
    assertThat(twiml).contains("<Client>agent-qa14</Client>");
    List<String> types = eventTypes();
    assertThat(types).contains("ANSWERED", "ANNOUNCEMENT_PLAYED", "BRIDGED");
    assertThat(types.indexOf("ANNOUNCEMENT_PLAYED")).isLessThan(types.indexOf("BRIDGED"));
    assertThat(types.indexOf("ANSWERED")).isLessThan(types.indexOf("ANNOUNCEMENT_PLAYED"));
  }

  @Test
  void aCampaignWithoutAnAnnouncementDialsTheAgentAtOnce() throws Exception {
    setAnnouncement("");

    String twiml = answerAndBridge();

    assertThat(twiml).doesNotContain("<Say>").contains("<Dial");
    assertThat(eventTypes()).contains("BRIDGED").doesNotContain("ANNOUNCEMENT_PLAYED");
  }

  @Test
  void anAnnouncementLongerThan1000CharactersIsRefusedAndTheOldOneKept() {
    setAnnouncement(ANNOUNCEMENT);

    HttpResponse<String> refused =
        api.send(
            HttpRequest.PUT(
                "/api/campaigns/purchase/dialing",
                Map.of("recordingAnnouncement", "x".repeat(1001))),
            manager);

    assertThat(refused.code()).isEqualTo(400);
    assertThat(Api.body(refused)).contains("recordingAnnouncement is longer than 1000 characters");
    assertThat(dialing.of("purchase").recordingAnnouncement()).isEqualTo(ANNOUNCEMENT);
  }

  private String setAnnouncement(String text) {
    HttpResponse<String> response =
        api.send(
            HttpRequest.PUT(
                "/api/campaigns/purchase/dialing", Map.of("recordingAnnouncement", text)),
            manager);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return Api.body(response);
  }

  /** Places a purchase call as the dialer does, a person answers, an agent is bridged. */
  private String answerAndBridge() {
    attempt = attempts.nextId();
    Instant now = Instant.now();
    CallToPlace call =
        new CallToPlace(
            9_140_000L,
            "QA14",
            "qa14-record",
            "PURCHASE",
            "purchase",
            1,
            1,
            "+8613812345678",
            "Asia/Shanghai",
            "Ann",
            null,
            null,
            null,
            now,
            now.plusSeconds(3600),
            1,
            null);
    assertThat(placer.place(attempt, call, dialing.of("purchase"))).isTrue();
    Map<String, String> voice = form("CallStatus", "in-progress");
    assertThat(webhook("/twilio/voice", voice)).isEqualTo(200);
    Map<String, String> amd = form("AnsweredBy", "human");
    assertThat(webhook("/twilio/amd", amd)).isEqualTo(200);

    telephony.bridge(attempt, new AgentEndpoint("agent-qa14"));

    List<LoggedRequest> updates =
        twilio.findAll(
            postRequestedFor(
                urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + sid + ".json")));
    assertThat(updates).hasSize(1);
    return formOf(updates.get(0).getBodyAsString()).get("Twiml");
  }

  @SuppressWarnings("unchecked")
  private List<String> eventTypes() throws Exception {
    HttpResponse<String> response =
        api.send(HttpRequest.GET("/api/calls/" + attempt.value()), api.userWithRole("QA", null));
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    Map<String, Object> detail = json.readValue(Api.body(response), Map.class);
    return ((List<Map<String, Object>>) detail.get("events"))
        .stream().map(e -> (String) e.get("type")).toList();
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

  private int webhook(String path, Map<String, String> form) {
    String url = path + "?attempt=" + attempt;
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.POST(url, body)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", TWILIO.sign(BASE + url, form));
    return client.toBlocking().exchange(request, String.class).code();
  }

  private static Map<String, String> formOf(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
