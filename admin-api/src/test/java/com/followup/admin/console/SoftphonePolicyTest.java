package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Softphone;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** In twilio mode with a Voice API key, the agent desk alone may talk to Twilio. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftphonePolicyTest implements TestPropertyProvider {

  @Inject Softphone softphone;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "followup.telephony.mode", "twilio",
        "followup.twilio.account-sid", "AC0123456789abcdef0123456789abcdef",
        "followup.twilio.auth-token", "softphone-test-token",
        "followup.twilio.from-number", "+15005550006",
        "followup.twilio.public-base-url", "https://dialer.example.test",
        "followup.twilio.api-base-url", "http://127.0.0.1:9",
        "followup.twilio.voice.api-key-sid", "SK0123456789abcdef0123456789abcdef",
        "followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef");
  }

  @Test
  void
      the_agent_desk_may_reach_twilios_signalling_events_and_sounds_but_loads_only_its_own_scripts() {
    String desk = policyOf("/agent");

    assertThat(desk)
        .contains("script-src 'self';", "default-src 'self';")
        .contains("connect-src 'self' wss://*.twilio.com https://*.twilio.com;")
        .contains("media-src 'self' blob: https://sdk.twilio.com;");
  }

  @Test
  void every_other_console_page_talks_only_to_the_app() {
    assertThat(policyOf("/")).isEqualTo(ConsoleHeaders.POLICY).doesNotContain("twilio");
    assertThat(policyOf("/manager")).isEqualTo(ConsoleHeaders.POLICY);
    assertThat(policyOf("/agent/part/call")).isEqualTo(ConsoleHeaders.POLICY);
  }

  private String policyOf(String path) {
    MutableHttpResponse<?> response = HttpResponse.ok();
    new ConsoleHeaders(softphone).secure(HttpRequest.GET(path), response);
    return response.getHeaders().get("Content-Security-Policy");
  }
}
