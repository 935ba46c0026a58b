package com.followup.admin.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import com.followup.campaign.dnc.OptOut;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineStep;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Texts end to end in twilio mode: real upload, dispatch and compliance gate (real Quartz, real
 * clock), the leased sender, twilio-java against WireMock, and the signed webhooks over HTTP. The
 * repair campaign is a one-text campaign for this class; each test texts its own fresh number.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextMessagesApiTest implements TestPropertyProvider {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "sms-test-token";
  static final String BASE = "https://dialer.example.test";
  static final String SMS_FROM = "+15005550010";
  static final String HOTLINE = "400-800-1234";
  static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  static final String ZH = "{customerName}您好，您的{product}已修好。客服热线{hotline}";
  static final TwilioSigner TWILIO = new TwilioSigner(TOKEN);
  static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
          .withZone(ZoneOffset.UTC);

  final WireMockServer twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject CampaignTimelines timelines;
  @Inject OptOuts optOuts;

  Api api;
  SlaApi sla;
  String dealer;
  CampaignTimeline before;

  @Override
  public Map<String, String> getProperties() {
    twilio.start();
    Map<String, String> p = new HashMap<>();
    p.put("followup.telephony.mode", "twilio");
    p.put("followup.twilio.account-sid", ACCOUNT);
    p.put("followup.twilio.auth-token", TOKEN);
    p.put("followup.twilio.from-number", "+15005550006");
    p.put("followup.twilio.sms-from", SMS_FROM);
    p.put("followup.twilio.public-base-url", BASE);
    p.put("followup.twilio.api-base-url", "http://localhost:" + twilio.port());
    p.put("followup.twilio.max-tries", "3");
    p.put("followup.twilio.first-backoff", "50ms");
    p.put("followup.twilio.max-backoff", "200ms");
    p.put("followup.twilio.request-timeout", "2s");
    p.put("followup.twilio.voice.api-key-sid", "SK0123456789abcdef0123456789abcdef");
    p.put("followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef");
    p.put("followup.sms.hotline", HOTLINE);
    p.put("followup.sms.messages-per-second", "20");
    p.put("followup.sms.tick", "200ms");
    return p;
  }

  @BeforeAll
  void makeRepairATextCampaign() {
    before = timelines.current("repair").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            "repair",
            before.version(),
            "After repair",
            "REPAIR",
            List.of(
                new TimelineStep(
                    1,
                    0,
                    3,
                    2,
                    StepChannel.SMS,
                    Map.of("zh", ZH, "en", "{customerName}, call {hotline}"))),
            before.callingRules(),
            null,
            null,
            null),
        "test");
  }

  @AfterAll
  void giveRepairItsStepsBack() {
    CampaignTimeline now = timelines.current("repair").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            "repair",
            now.version(),
            before.name(),
            before.recordType(),
            before.steps(),
            before.callingRules(),
            null,
            null,
            before.consentExemption()),
        "test");
    twilio.stop();
  }

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    dealer = api.newDealer("CN", "Asia/Shanghai");
  }

  // --- the tests

  @Test
  void aConsentingCustomersTextIsSentWithTheRecordsValuesAndDeliveryCompletesTheStep() {
    String phone = Api.freshMobile();
    String sid = accepts(phone);

    repair("S-1", phone, Zones.whereItIsNow(12), "yes");

    LoggedRequest sent = awaitSent(phone).get(0);
    Map<String, String> form = form(sent);
    long text = textId(form);
    assertThat(form)
        .containsEntry("To", "+86" + phone)
        .containsEntry("From", SMS_FROM)
        .containsEntry("Body", "Ann您好，您的W-200已修好。客服热线" + HOTLINE)
        .containsEntry("StatusCallback", BASE + "/twilio/sms-status?message=" + text);
    String basic =
        Base64.getEncoder()
            .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(sent.getHeader("Authorization")).isEqualTo("Basic " + basic);
    await(() -> "QUEUED".equals(message("S-1").get("status")));

    assertThat(status(text, sid, "sent", null)).isEqualTo(200);
    assertThat(status(text, sid, "delivered", null)).isEqualTo(200);
    assertThat(status(text, sid, "delivered", null)).isEqualTo(200); // a replay changes nothing

    Map<String, Object> step = sla.followUps(dealer, "S-1").get(0);
    assertThat(step.get("status")).isEqualTo("COMPLETED");
    assertThat(step.get("channel")).isEqualTo("SMS");
    Map<String, Object> message = message("S-1");
    assertThat(message.get("status")).isEqualTo("DELIVERED");
    assertThat(message.get("segments")).isEqualTo(1);
    assertThat(message).containsKeys("sentAt", "deliveredAt");
    assertThat(awaitSent(phone)).hasSize(1);
  }

  @Test
  void aDeliveredReportBeforeTheSentReportNeverMovesTheTextBack() {
    String phone = Api.freshMobile();
    String sid = accepts(phone);
    repair("S-2", phone, Zones.whereItIsNow(12), "yes");
    long text = textId(form(awaitSent(phone).get(0)));
    await(() -> "QUEUED".equals(message("S-2").get("status")));

    status(text, sid, "delivered", null);
    status(text, sid, "sent", null);
    status(text, sid, "undelivered", "30003");

    assertThat(message("S-2").get("status")).isEqualTo("DELIVERED");
    assertThat(message("S-2")).doesNotContainKey("errorCode");
    assertThat(sla.followUps(dealer, "S-2").get(0).get("status")).isEqualTo("COMPLETED");
  }

  @Test
  void aForgedStatusCallbackGets403AndChangesNothing() {
    String phone = Api.freshMobile();
    String sid = accepts(phone);
    repair("S-3", phone, Zones.whereItIsNow(12), "yes");
    long text = textId(form(awaitSent(phone).get(0)));
    await(() -> "QUEUED".equals(message("S-3").get("status")));
    Map<String, String> delivered = statusForm(sid, "delivered", null);
    String path = "/twilio/sms-status?message=" + text;

    assertThat(
            post(path, delivered, new TwilioSigner("not-the-token").sign(BASE + path, delivered)))
        .isEqualTo(403);
    assertThat(post(path, delivered, null)).isEqualTo(403);
    assertThat(post("/twilio/sms-inbound", Map.of("From", "+86" + phone, "Body", "STOP"), null))
        .isEqualTo(403);

    assertThat(message("S-3").get("status")).isEqualTo("QUEUED");
    assertThat(sla.followUps(dealer, "S-3").get(0).get("status")).isEqualTo("DIALING");
    assertThat(optOuts.of("+86" + phone)).isEmpty();
  }

  @Test
  void a429IsRetriedAfterABackoffAndSendsExactlyOneText() {
    String phone = Api.freshMobile();
    String sid = newSid();
    twilio.stubFor(
        WireMock.post(urlPathEqualTo(MESSAGES))
            .withRequestBody(containing(encode("+86" + phone)))
            .inScenario("429-" + phone)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(error(429, 20429, "Too Many Requests"))
            .willSetStateTo("ok"));
    twilio.stubFor(
        WireMock.post(urlPathEqualTo(MESSAGES))
            .withRequestBody(containing(encode("+86" + phone)))
            .inScenario("429-" + phone)
            .whenScenarioStateIs("ok")
            .willReturn(message(201, sid, phone, "whatever")));

    repair("S-4", phone, Zones.whereItIsNow(12), "yes");

    await(() -> "QUEUED".equals(message("S-4").get("status")) && sent(phone).size() == 2);
    long text = textId(form(sent(phone).get(1)));
    assertThat(lookUps(phone)).isEmpty();
    assertThat(status(text, sid, "delivered", null)).isEqualTo(200);
    assertThat(sla.followUps(dealer, "S-4").get(0).get("status")).isEqualTo("COMPLETED");
    assertThat(sent(phone)).hasSize(2); // the refused try, then the text: one text
  }

  @Test
  void a500ForATextTwilioCreatedIsLookedUpAndAdoptedNotSentAgain() {
    String phone = Api.freshMobile();
    String sid = newSid();
    String body = "Bo您好，您的W-200已修好。客服热线" + HOTLINE;
    twilio.stubFor(
        WireMock.post(urlPathEqualTo(MESSAGES))
            .withRequestBody(containing(encode("+86" + phone)))
            .willReturn(error(500, 20500, "Internal Server Error")));
    twilio.stubFor(
        WireMock.get(urlPathEqualTo(MESSAGES))
            .withQueryParam("To", WireMock.equalTo("+86" + phone))
            .willReturn(
                json(
                    200,
                    "{\"messages\": ["
                        + messageJson(sid, phone, body)
                        + "], \"next_page_uri\": null}")));

    repair("S-5", phone, Zones.whereItIsNow(12), "yes", "Bo");

    await(() -> !lookUps(phone).isEmpty() && "QUEUED".equals(message("S-5").get("status")));
    assertThat(sent(phone)).hasSize(1);
    assertThat(lookUps(phone).get(0).queryParameter("From").firstValue()).isEqualTo(SMS_FROM);
    long text = textId(form(sent(phone).get(0)));
    // the adopted message's reports are taken; another sid's are not
    assertThat(status(text, newSid(), "delivered", null)).isEqualTo(200);
    assertThat(message("S-5").get("status")).isEqualTo("QUEUED");
    assertThat(status(text, sid, "delivered", null)).isEqualTo(200);
    assertThat(message("S-5").get("status")).isEqualTo("DELIVERED");
    assertThat(sent(phone)).hasSize(1);
  }

  @Test
  void aStopReplyOptsTheNumberOutAndItsNextTextIsCancelledUntilStart() {
    String phone = Api.freshMobile();
    accepts(phone);

    HttpResponse<String> stop = inbound(phone, "Stop");
    assertThat(stop.code()).isEqualTo(200);
    assertThat(stop.body()).contains("<Response");
    assertThat(optOuts.of("+86" + phone))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.channel()).isEqualTo(StepChannel.SMS);
              assertThat(o.source()).isEqualTo("SMS_REPLY");
            });

    repair("S-6", phone, Zones.whereItIsNow(12), "yes");
    await(() -> "CANCELLED".equals(sla.followUps(dealer, "S-6").get(0).get("status")));
    assertThat(sent(phone)).isEmpty();

    assertThat(inbound(phone, "START").code()).isEqualTo(200);
    assertThat(optOuts.of("+86" + phone)).isEmpty();
    repair("S-7", phone, Zones.whereItIsNow(12), "yes");
    assertThat(awaitSent(phone)).hasSize(1);
  }

  @Test
  void aChineseUnsubscribeReplyOptsOutAndIsAnsweredInChinese() {
    String phone = Api.freshMobile();

    HttpResponse<String> reply = inbound(phone, "退订");

    assertThat(reply.body()).contains("<Message>", "退订");
    assertThat(optOuts.of("+86" + phone))
        .extracting(OptOut::channel)
        .containsExactly(StepChannel.SMS);
    assertThat(inbound(phone, "hello, is this about my washer?").body())
        .doesNotContain("<Message>");
  }

  @Test
  void error21610OptsTheNumberOutOfTexts() {
    String phone = Api.freshMobile();
    String sid = accepts(phone);
    repair("S-8", phone, Zones.whereItIsNow(12), "yes");
    long text = textId(form(awaitSent(phone).get(0)));
    await(() -> "QUEUED".equals(message("S-8").get("status")));

    assertThat(status(text, sid, "failed", "21610")).isEqualTo(200);

    assertThat(message("S-8"))
        .containsEntry("status", "FAILED")
        .containsEntry("errorCode", "21610");
    assertThat(optOuts.of("+86" + phone))
        .singleElement()
        .satisfies(o -> assertThat(o.source()).isEqualTo("CARRIER"));
    assertThat(sla.followUps(dealer, "S-8").get(0).get("status")).isNotEqualTo("COMPLETED");
    repair("S-9", phone, Zones.whereItIsNow(12), "yes");
    await(() -> "CANCELLED".equals(sla.followUps(dealer, "S-9").get(0).get("status")));
    assertThat(sent(phone)).hasSize(1);
  }

  @Test
  void aCustomerWithoutConsentGetsNoText() {
    String phone = Api.freshMobile();
    accepts(phone);

    repair("S-10", phone, Zones.whereItIsNow(12), "no");

    await(() -> "CANCELLED".equals(sla.followUps(dealer, "S-10").get(0).get("status")));
    sleep(Duration.ofSeconds(1));
    assertThat(sent(phone)).isEmpty();
    assertThat(sla.followUps(dealer, "S-10").get(0)).doesNotContainKey("message");
  }

  @Test
  void aTextDueAtElevenAtNightLocalWaitsForCallingHours() {
    String phone = Api.freshMobile();
    accepts(phone);
    ZoneId lateEvening = ZoneId.of(Zones.whereItIsNow(23));

    repair("S-11", phone, lateEvening.getId(), "yes");

    await(() -> "SCHEDULED".equals(sla.followUps(dealer, "S-11").get(0).get("status")));
    sleep(Duration.ofSeconds(1));
    assertThat(sent(phone)).isEmpty();
    Instant next =
        Instant.parse((String) sla.followUps(dealer, "S-11").get(0).get("nextAttemptAt"));
    assertThat(next.atZone(lateEvening).getHour()).isEqualTo(9);
  }

  @Test
  void theReportShowsEachCampaignsSmsDeliveryAsJsonAndCsv() {
    Map<String, Object> before = repairTexts();
    String delivered = Api.freshMobile();
    String undelivered = Api.freshMobile();
    String first = accepts(delivered);
    String second = accepts(undelivered);
    repair("S-12", delivered, Zones.whereItIsNow(12), "yes");
    repair("S-13", undelivered, Zones.whereItIsNow(12), "yes");
    long one = textId(form(awaitSent(delivered).get(0)));
    long two = textId(form(awaitSent(undelivered).get(0)));
    await(() -> "QUEUED".equals(message("S-12").get("status")));
    await(() -> "QUEUED".equals(message("S-13").get("status")));

    status(one, first, "delivered", null);
    status(two, second, "undelivered", "30003");

    Map<String, Object> after = repairTexts();
    assertThat(count(after, "sent") - count(before, "sent")).isEqualTo(2);
    assertThat(count(after, "delivered") - count(before, "delivered")).isEqualTo(1);
    assertThat(count(after, "undelivered") - count(before, "undelivered")).isEqualTo(1);
    assertThat(((Number) after.get("deliveryRate")).doubleValue()).isBetween(0.0, 1.0);
    assertThat(message("S-13"))
        .containsEntry("status", "UNDELIVERED")
        .containsEntry("errorCode", "30003");
    String csv =
        Api.body(
            api.send(
                HttpRequest.GET("/api/reports?period=day&date=" + today()).accept("text/csv"),
                api.userWithRole("MANAGER", null)));
    assertThat(csv).contains("texts,repair,delivered," + count(after, "delivered"));
    String dashboard =
        Api.body(
            api.send(
                HttpRequest.GET("/manager/reports?period=day&date=" + today())
                    .header("Accept-Language", "en")
                    .accept("text/html"),
                api.userWithRole("MANAGER", null)));
    assertThat(dashboard).contains("Text messages", "<tr data-campaign=\"repair\">");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDryRunCountsSegmentsAndRefusesAnUnknownPlaceholder() {
    String manager = api.userWithRole("MANAGER", null);
    String good =
        dryRun("{\"en\":\"Hi {customerName} ~ call {hotline}\",\"zh\":\"您好{customerName}\"}");
    String bad = dryRun("{\"en\":\"Hi {name}\"}");

    HttpResponse<String> counted =
        api.send(
            HttpRequest.POST("/api/campaigns/repair/dry-run", good)
                .contentType(MediaType.APPLICATION_JSON),
            manager);
    HttpResponse<String> refused =
        api.send(
            HttpRequest.POST("/api/campaigns/repair/dry-run", bad)
                .contentType(MediaType.APPLICATION_JSON),
            manager);

    assertThat(counted.code()).isEqualTo(200);
    List<Map<String, Object>> segments =
        (List<Map<String, Object>>) sla.map(counted).get("segments");
    assertThat(segments)
        .extracting(x -> x.get("language") + " " + x.get("encoding") + " " + x.get("units"))
        .containsExactly("en GSM-7 31", "zh UCS-2 14");
    assertThat(refused.code()).isEqualTo(400);
    assertThat(Api.body(refused)).contains("steps.1.message.en", "{name}");
  }

  private static String dryRun(String message) {
    String day = LocalDateTime.now().toLocalDate().toString();
    return "{\"from\":\""
        + day
        + "\",\"to\":\""
        + day
        + "\",\"limit\":0,\"timeline\":{\"code\":\"repair\",\"name\":\"Draft\","
        + "\"recordType\":\"REPAIR\",\"steps\":[{\"step\":1,\"opensAfterDays\":0,"
        + "\"deadlineDays\":3,\"maxAttempts\":2,\"channel\":\"SMS\",\"message\":"
        + message
        + "}],\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\","
        + "\"holidays\":[],\"maxAttemptsPerDay\":3,\"maxAttemptsTotal\":6}}}";
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> repairTexts() {
    Map<String, Object> report =
        sla.map(
            api.send(
                HttpRequest.GET("/api/reports?period=day&date=" + today()),
                api.userWithRole("MANAGER", null)));
    // no texts in the period: no rows (an empty list is left out of the JSON)
    return ((List<Map<String, Object>>) report.getOrDefault("texts", List.of()))
        .stream().filter(t -> "repair".equals(t.get("campaign"))).findFirst().orElse(Map.of());
  }

  private static String today() {
    return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
  }

  private static long count(Map<String, Object> texts, String figure) {
    Object value = texts.get(figure);
    return value == null ? 0 : ((Number) value).longValue();
  }

  // --- helpers

  private void repair(String recordId, String phone, String zone, String consent) {
    repair(recordId, phone, zone, consent, "Ann");
  }

  private void repair(String recordId, String phone, String zone, String consent, String name) {
    String when =
        LocalDateTime.ofInstant(
                Instant.now().minus(Duration.ofHours(2)), ZoneId.of("Asia/Shanghai"))
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    String csv =
        "record_type,record_id,event_time,customer_name,phone,timezone,product,consent\n"
            + String.join(",", "REPAIR", recordId, when, name, phone, zone, "W-200", consent)
            + "\n";
    HttpResponse<String> response =
        api.send(
            HttpRequest.POST("/api/dealers/" + dealer + "/records", csv)
                .contentType(MediaType.of("text/csv")),
            api.adminToken());
    assertThat(Api.body(response)).contains("\"accepted\":1");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> message(String recordId) {
    Object m = sla.followUps(dealer, recordId).get(0).get("message");
    return m == null ? Map.of() : (Map<String, Object>) m;
  }

  private String accepts(String phone) {
    String sid = newSid();
    twilio.stubFor(
        WireMock.post(urlPathEqualTo(MESSAGES))
            .withRequestBody(containing(encode("+86" + phone)))
            .willReturn(message(201, sid, phone, "whatever")));
    return sid;
  }

  private List<LoggedRequest> sent(String phone) {
    return twilio.findAll(
        postRequestedFor(urlPathEqualTo(MESSAGES))
            .withRequestBody(containing(encode("+86" + phone))));
  }

  private List<LoggedRequest> lookUps(String phone) {
    return twilio.findAll(
        getRequestedFor(urlPathEqualTo(MESSAGES))
            .withQueryParam("To", WireMock.equalTo("+86" + phone)));
  }

  private List<LoggedRequest> awaitSent(String phone) {
    await(() -> !sent(phone).isEmpty());
    return sent(phone);
  }

  private static long textId(Map<String, String> form) {
    String callback = form.get("StatusCallback");
    return Long.parseLong(callback.substring(callback.indexOf("message=") + 8));
  }

  private int status(long text, String sid, String status, String error) {
    Map<String, String> form = statusForm(sid, status, error);
    String path = "/twilio/sms-status?message=" + text;
    return post(path, form, TWILIO.sign(BASE + path, form));
  }

  private static Map<String, String> statusForm(String sid, String status, String error) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT);
    form.put("MessageSid", sid);
    form.put("MessageStatus", status);
    if (error != null) {
      form.put("ErrorCode", error);
    }
    return form;
  }

  private HttpResponse<String> inbound(String phone, String body) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT);
    form.put("MessageSid", newSid());
    form.put("From", "+86" + phone);
    form.put("To", SMS_FROM);
    form.put("Body", body);
    return exchange("/twilio/sms-inbound", form, TWILIO.sign(BASE + "/twilio/sms-inbound", form));
  }

  private int post(String path, Map<String, String> form, String signature) {
    try {
      return exchange(path, form, signature).code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private HttpResponse<String> exchange(String path, Map<String, String> form, String signature) {
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

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String newSid() {
    return "SM" + UUID.randomUUID().toString().replace("-", "");
  }

  private static ResponseDefinitionBuilder message(
      int status, String sid, String phone, String body) {
    return json(status, messageJson(sid, phone, body));
  }

  private static String messageJson(String sid, String phone, String body) {
    return "{\"sid\": \""
        + sid
        + "\", \"account_sid\": \""
        + ACCOUNT
        + "\", \"to\": \"+86"
        + phone
        + "\", \"from\": \""
        + SMS_FROM
        + "\", \"body\": \""
        + body
        + "\", \"status\": \"queued\", \"date_created\": \""
        + RFC_2822.format(Instant.now())
        + "\"}";
  }

  private static ResponseDefinitionBuilder error(int status, int code, String message) {
    return json(
        status,
        "{\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": " + status + "}");
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 40 s");
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
