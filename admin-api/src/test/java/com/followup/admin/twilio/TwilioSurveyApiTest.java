package com.followup.admin.twilio;

import static com.followup.admin.agent.Floor.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import com.followup.admin.survey.SurveyCampaign;
import com.followup.campaign.timeline.CampaignTimelines;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Survey calls in twilio mode over real HTTP, with twilio-java on WireMock: the survey loop creates
 * the call (429 and 5xx never dial twice), the voice webhook answers the greeting and a {@code
 * <Gather>}, each signed {@code /twilio/gather} stores its answer once and answers the next TwiML.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioSurveyApiTest implements TestPropertyProvider {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "survey-test-token";
  static final String FROM = "+15005550006";
  static final String BASE = "https://dialer.example.test";
  static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json";
  static final TwilioSigner TWILIO = new TwilioSigner(TOKEN);
  static final Duration PLACED = Duration.ofSeconds(30);
  static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
          .withZone(ZoneOffset.UTC);

  final WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Floor floor;
  @Inject CampaignTimelines timelines;
  SurveyCampaign campaign;
  String sid;
  String phone;

  @Override
  public Map<String, String> getProperties() {
    api.start();
    Map<String, String> p = new HashMap<>();
    p.put("followup.telephony.mode", "twilio");
    p.put("followup.twilio.account-sid", ACCOUNT);
    p.put("followup.twilio.auth-token", TOKEN);
    p.put("followup.twilio.from-number", FROM);
    p.put("followup.twilio.public-base-url", BASE);
    p.put("followup.twilio.api-base-url", "http://localhost:" + api.port());
    p.put("followup.twilio.calls-per-second", "5");
    p.put("followup.twilio.max-tries", "3");
    p.put("followup.twilio.first-backoff", "50ms");
    p.put("followup.twilio.max-backoff", "200ms");
    p.put("followup.twilio.voice.api-key-sid", "SK0123456789abcdef0123456789abcdef");
    p.put("followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef");
    p.put("followup.survey.tick", "200ms");
    return p;
  }

  @AfterAll
  void stop() {
    api.stop();
  }

  @BeforeEach
  void aSurveyCampaign() {
    floor.clearTheFloor();
    api.resetAll();
    api.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/" + ACCOUNT + "/Calls/CA.*"))
            .willReturn(json(200, callJson(newSid(), "+10000000"))));
    sid = newSid();
    phone = Api.freshMobile();
    campaign = new SurveyCampaign(timelines);
    campaign.start();
  }

  @AfterEach
  void theCampaignGetsItsStepsBack() {
    campaign.end();
    floor.clearTheFloor();
  }

  @Test
  void theCustomerHearsTheGreetingAndAGatherAndEachAnswerIsStoredOnceEvenWhenReplayed()
      throws Exception {
    api.stubFor(post(urlPathEqualTo(CALLS)).willReturn(json(201, callJson(sid, "+86" + phone))));
    String attempt = placed("GAT-1");

    HttpResponse<String> voice = exchange("/twilio/voice", attempt, "", form(), true);
    assertThat(voice.getContentType()).contains(MediaType.TEXT_XML_TYPE);
    assertThat(voice.body())
        .contains("<Gather")
        .contains(
            "action=\""
                + BASE
                + "/twilio/gather?attempt="
                + attempt
                + "&amp;question=satisfaction\"")
        .contains("input=\"dtmf speech\"")
        .contains("actionOnEmptyResult=\"true\"")
        .contains("numDigits=\"1\"")
        .contains("hints=\"yes, 满意, no\"")
        .contains("language=\"cmn-CN\"")
        .contains("您好，这里是ACME。 您对购买满意吗");

    String query = "&question=satisfaction";
    Map<String, String> notSatisfied = form("Digits", "2");
    HttpResponse<String> next = exchange("/twilio/gather", attempt, query, notSatisfied, true);
    HttpResponse<String> replayed = exchange("/twilio/gather", attempt, query, notSatisfied, true);

    assertThat(next.body()).contains("question=recommend").contains("Would you recommend us?");
    assertThat(replayed.body()).isEqualTo(next.body());
    long followUp = followUpOf(attempt);
    assertThat(floor.value("SELECT COUNT(*) FROM survey_answer WHERE attempt_id = " + attempt))
        .isEqualTo("1");
    assertThat(floor.value("SELECT COUNT(*) FROM sla_ticket WHERE follow_up_id = " + followUp))
        .isEqualTo("1");

    HttpResponse<String> last =
        exchange("/twilio/gather", attempt, "&question=recommend", form("Digits", "1"), true);
    assertThat(last.body()).contains("谢谢，再见。").contains("<Hangup/>");
    assertThat(floor.value("SELECT status FROM follow_up WHERE id = " + followUp))
        .isEqualTo("COMPLETED");
    assertThat(
            floor.value(
                "SELECT GROUP_CONCAT(CONCAT(question, '=', answer, ':', digits) ORDER BY question)"
                    + " FROM survey_answer WHERE attempt_id = "
                    + attempt))
        .isEqualTo("recommend=YES:1,satisfaction=NOT_SATISFIED:2");
  }

  @Test
  void aSpokenAnswerIsTakenAndNoInputAsksOnceMoreThenEndsTheCallAsNoAnswer() throws Exception {
    api.stubFor(post(urlPathEqualTo(CALLS)).willReturn(json(201, callJson(sid, "+86" + phone))));
    String attempt = placed("GAT-2");

    HttpResponse<String> spoken =
        exchange(
            "/twilio/gather",
            attempt,
            "&question=satisfaction",
            form("SpeechResult", "Yes, very much", "Confidence", "0.9"),
            true);
    HttpResponse<String> silent =
        exchange("/twilio/gather", attempt, "&question=recommend", form(), true);
    HttpResponse<String> silentAgain =
        exchange("/twilio/gather", attempt, "&question=recommend&repeat=1", form(), true);

    assertThat(spoken.body()).contains("question=recommend");
    assertThat(silent.body()).contains("question=recommend&amp;repeat=1").contains("<Gather");
    assertThat(silentAgain.body()).doesNotContain("<Gather").contains("<Hangup/>");
    assertThat(
            floor.value(
                "SELECT CONCAT(answer, ':', speech) FROM survey_answer WHERE attempt_id = "
                    + attempt))
        .isEqualTo("SATISFIED:Yes, very much");
    assertThat(floor.value("SELECT outcome FROM dialer_call WHERE attempt_id = " + attempt))
        .isEqualTo("NO_ANSWER");
  }

  @Test
  void aForgedOrUnsignedGatherGets403AndStoresNothing() throws Exception {
    api.stubFor(post(urlPathEqualTo(CALLS)).willReturn(json(201, callJson(sid, "+86" + phone))));
    String attempt = placed("GAT-3");
    Map<String, String> answer = form("Digits", "1");
    String url = BASE + "/twilio/gather?attempt=" + attempt + "&question=satisfaction";

    assertThat(status(attempt, answer, new TwilioSigner("not-the-token").sign(url, answer)))
        .isEqualTo(403);
    assertThat(status(attempt, answer, TWILIO.sign(url, form("Digits", "2")))).isEqualTo(403);
    assertThat(status(attempt, answer, null)).isEqualTo(403);
    assertThat(floor.value("SELECT COUNT(*) FROM survey_answer WHERE attempt_id = " + attempt))
        .isEqualTo("0");
  }

  @Test
  void aSurveyCallRefusedOnceWith429IsCreatedOnceOnTheNextTry() throws Exception {
    api.stubFor(
        post(urlPathEqualTo(CALLS))
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(error(429, 20429, "Too Many Requests"))
            .willSetStateTo("ok"));
    api.stubFor(
        post(urlPathEqualTo(CALLS))
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(json(201, callJson(sid, "+86" + phone))));

    String attempt = placed("GAT-4");

    assertThat(api.findAll(postRequestedFor(urlPathEqualTo(CALLS)))).hasSize(2);
    assertThat(floor.value("SELECT provider_call_id FROM call_attempt WHERE id = " + attempt))
        .isEqualTo(sid);
  }

  @Test
  void aSurveyCallAnswered500IsLookedUpAndAdoptedNotDialedAgain() throws Exception {
    api.stubFor(post(urlPathEqualTo(CALLS)).willReturn(error(500, 20500, "Internal Server Error")));
    api.stubFor(
        WireMock.get(urlPathEqualTo(CALLS))
            .willReturn(
                json(
                    200,
                    "{\"calls\": ["
                        + callJson(sid, "+86" + phone)
                        + "], \"next_page_uri\": null}")));

    String attempt = placed("GAT-5");

    assertThat(api.findAll(postRequestedFor(urlPathEqualTo(CALLS)))).hasSize(1);
    assertThat(api.findAll(getRequestedFor(urlPathEqualTo(CALLS)))).isNotEmpty();
    assertThat(floor.value("SELECT provider_call_id FROM call_attempt WHERE id = " + attempt))
        .isEqualTo(sid);
  }

  /** Uploads a record for {@code phone}; the survey loop places its call: the attempt id. */
  private String placed(String recordId) throws InterruptedException {
    floor.upload(recordId, phone);
    String attempt =
        await(
            () ->
                floor.value(
                    "SELECT d.attempt_id FROM dialer_call d JOIN call_attempt a ON a.id ="
                        + " d.attempt_id WHERE d.phone = '+86"
                        + phone
                        + "' AND a.provider_call_id IS NOT NULL"),
            a -> a != null,
            PLACED);
    assertThat(attempt).as("the survey call was placed").isNotNull();
    return attempt;
  }

  private long followUpOf(String attempt) {
    return Long.parseLong(
        floor.value("SELECT follow_up_id FROM dialer_call WHERE attempt_id = " + attempt));
  }

  private Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT);
    form.put("CallSid", sid);
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private int status(String attempt, Map<String, String> form, String signature) {
    try {
      return send("/twilio/gather?attempt=" + attempt + "&question=satisfaction", form, signature)
          .code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private HttpResponse<String> exchange(
      String webhook, String attempt, String query, Map<String, String> form, boolean signed) {
    String path = webhook + "?attempt=" + attempt + query;
    return send(path, form, signed ? TWILIO.sign(BASE + path, form) : null);
  }

  private HttpResponse<String> send(String path, Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return client.toBlocking().exchange(request, String.class);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String newSid() {
    return "CA" + UUID.randomUUID().toString().replace("-", "");
  }

  private static ResponseDefinitionBuilder error(int status, int code, String message) {
    return json(
        status,
        "{\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": " + status + "}");
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String callJson(String sid, String to) {
    return "{\"sid\": \""
        + sid
        + "\", \"account_sid\": \""
        + ACCOUNT
        + "\", \"to\": \""
        + to
        + "\", \"from\": \""
        + FROM
        + "\", \"status\": \"queued\", \"date_created\": \""
        + RFC_2822.format(Instant.now())
        + "\"}";
  }
}
