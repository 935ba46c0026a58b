package com.followup.admin.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The agent's in-page softphone in twilio mode, as far as it can be checked without Twilio. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftphoneApiTest implements TestPropertyProvider {

  final WireMockServer twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Softphone softphone;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    twilio.start();
    return Map.of(
        "followup.telephony.mode", "twilio",
        "followup.twilio.account-sid", "AC0123456789abcdef0123456789abcdef",
        "followup.twilio.auth-token", "softphone-test-token",
        "followup.twilio.from-number", "+15005550006",
        "followup.twilio.public-base-url", "https://dialer.example.test",
        "followup.twilio.api-base-url", "http://localhost:" + twilio.port(),
        "followup.twilio.voice.api-key-sid", "SK0123456789abcdef0123456789abcdef",
        "followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef",
        "followup.test.softphone-host", "true");
  }

  @AfterAll
  void stop() {
    twilio.stop();
  }

  @Test
  void with_twilio_and_a_voice_api_key_the_desk_offers_the_softphone() {
    assertThat(softphone.available()).isTrue();
  }

  @Test
  void twilios_voice_sdk_is_served_from_the_jar_as_javascript_that_defines_the_device() {
    HttpResponse<String> sdk = get(Softphone.SDK);

    assertThat(sdk.code()).isEqualTo(200);
    assertThat(sdk.getContentType().orElseThrow().toString()).contains("javascript");
    assertThat(sdk.body()).contains("Twilio.Device=Twilio.Device||Voice.Device");
    assertThat(get("/assets/vendor/twilio-voice-sdk/LICENSE.md").body())
        .contains("Apache License, Version 2.0");
  }

  @Test
  void the_softphone_script_is_served_and_asks_for_the_agents_token() {
    HttpResponse<String> script = get(Softphone.SCRIPT);

    assertThat(script.code()).isEqualTo(200);
    assertThat(script.getContentType().orElseThrow().toString()).contains("javascript");
    assertThat(script.body()).contains("/api/agent/voice-token", "new window.Twilio.Device(");
  }

  @Test
  void an_agent_gets_a_voice_token_under_its_user_name_valid_for_the_configured_hour()
      throws IOException {
    Api api = new Api(client.toBlocking());
    String agent = api.newUser(null, "AGENT");

    HttpResponse<String> response =
        api.send(HttpRequest.GET(Softphone.TOKEN), api.login(agent, Api.USER_PASSWORD));

    assertThat(response.code()).isEqualTo(200);
    Map<?, ?> token = json.readValue(Api.body(response), Map.class);
    assertThat(token.get("identity")).isEqualTo(agent);
    assertThat(((String) token.get("token")).split("\\.")).hasSize(3);
    Duration left = Duration.between(Instant.now(), Instant.parse((String) token.get("expiresAt")));
    assertThat(left).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
  }

  @Test
  void the_fragment_renders_the_softphone_with_its_scripts_when_the_model_says_so() {
    String on = zh("/test/softphone/fragment?on=true");
    String off = zh("/test/softphone/fragment?on=false");

    assertThat(on)
        .contains("id=\"softphone\"", "data-token-url=\"/api/agent/voice-token\"")
        .contains("<script src=\"/assets/vendor/twilio.min.js\" defer></script>")
        .contains("<script src=\"/assets/softphone.js\" defer></script>")
        .contains("软电话", "id=\"softphone-mute\"", "id=\"softphone-hangup\"");
    assertThat(off).doesNotContain("softphone");
  }

  private String zh(String path) {
    HttpResponse<String> page =
        new Api(client.toBlocking())
            .send(HttpRequest.GET(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), null);
    assertThat(page.code()).isEqualTo(200);
    return Api.body(page);
  }

  private HttpResponse<String> get(String path) {
    return new Api(client.toBlocking()).send(HttpRequest.GET(path), null);
  }
}
