package com.followup.dialer.telephony.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Twilio's REST API as WireMock plays it for the adapter's tests: the world's edge. */
public final class TwilioStandIn {

  public static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  public static final String AUTH_TOKEN = "test-auth-token";
  public static final String FROM = "+15005550006";
  public static final String PUBLIC_BASE_URL = "https://dialer.example.test";
  static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json";
  static final String ONE_CALL = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls/CA[0-9a-f]+\\.json";

  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
          .withZone(ZoneOffset.UTC);

  public final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  public TwilioStandIn() {
    server.start();
  }

  /** The settings that point the adapter at this stand-in, fast backoffs, 5 calls a second. */
  public Map<String, String> properties() {
    Map<String, String> p = new HashMap<>();
    p.put("followup.telephony.mode", "twilio");
    p.put("followup.twilio.account-sid", ACCOUNT);
    p.put("followup.twilio.auth-token", AUTH_TOKEN);
    p.put("followup.twilio.from-number", FROM);
    p.put("followup.twilio.public-base-url", PUBLIC_BASE_URL);
    p.put("followup.twilio.api-base-url", "http://localhost:" + server.port());
    p.put("followup.twilio.calls-per-second", "5");
    p.put("followup.twilio.max-tries", "3");
    p.put("followup.twilio.first-backoff", "50ms");
    p.put("followup.twilio.max-backoff", "200ms");
    p.put("followup.twilio.request-timeout", "1s");
    return p;
  }

  public static String newSid() {
    return "CA" + UUID.randomUUID().toString().replace("-", "");
  }

  /** Every call creation succeeds with {@code sid}; every call update succeeds. */
  public void acceptsCalls(String sid, String to) {
    server.stubFor(post(urlPathEqualTo(CALLS)).willReturn(call(201, sid, to)));
    acceptsUpdates();
  }

  public void acceptsUpdates() {
    server.stubFor(post(urlPathMatching(ONE_CALL)).willReturn(call(200, newSid(), "+10000000")));
  }

  /** The first creation is refused with 429, the next one succeeds. */
  public void tooManyRequestsOnceThenAccepts(String sid, String to) {
    server.stubFor(
        creation()
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(error(429, 20429, "Too Many Requests"))
            .willSetStateTo("ok"));
    server.stubFor(
        creation().inScenario("429").whenScenarioStateIs("ok").willReturn(call(201, sid, to)));
  }

  /** Creations answer 500, but the call was made: the list of calls shows it. */
  public void failsWith500ButCreates(String sid, String to) {
    server.stubFor(creation().willReturn(error(500, 20500, "Internal Server Error")));
    server.stubFor(
        get(urlPathEqualTo(CALLS))
            .willReturn(
                json(200, "{\"calls\": [" + callJson(sid, to) + "], \"next_page_uri\": null}")));
  }

  /** The same, the 500 coming only after {@code millis} (time for the call's callback first). */
  public void failsWith500ButCreatesAfter(String sid, String to, int millis) {
    failsWith500ButCreates(sid, to);
    server.stubFor(
        creation().willReturn(error(500, 20500, "Internal Server Error").withFixedDelay(millis)));
  }

  /** Every request has its connection dropped: Twilio is unreachable mid-request. */
  public void dropsConnections() {
    server.stubFor(creation().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathEqualTo(CALLS))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  public List<LoggedRequest> creations() {
    return server.findAll(postRequestedFor(urlPathEqualTo(CALLS)));
  }

  public List<LoggedRequest> updatesOf(String sid) {
    return server.findAll(
        postRequestedFor(
            urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + sid + ".json")));
  }

  public List<LoggedRequest> lookUps() {
    return server.findAll(getRequestedFor(urlPathEqualTo(CALLS)));
  }

  /** The form parameters of a request Twilio received. */
  public static Map<String, String> form(LoggedRequest request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.merge(
            decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)), (a, b) -> a + "," + b);
      }
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static MappingBuilder creation() {
    return post(urlPathEqualTo(CALLS));
  }

  private static ResponseDefinitionBuilder call(int status, String sid, String to) {
    return json(status, callJson(sid, to));
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
