package com.followup.admin.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The softphone script in headless Chromium, in twilio mode: with Twilio's real bundle (which
 * loads, and whose connection the page's policy keeps from leaving for Twilio here), and with a
 * stand-in for the SDK's Device that lets a bridged call ring.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftphoneBrowserTest implements TestPropertyProvider {

  static final Duration WAIT = Duration.ofSeconds(10);

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  Browser browser;

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
        "followup.twilio.voice.api-key-secret", "0123456789abcdef0123456789abcdef",
        "followup.test.softphone-host", "true");
  }

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    browser = Browser.open(server.getURL().toString(), "zh-CN,zh;q=0.9");
    browser.signIn(api.newUser(null, "AGENT"), Api.USER_PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void twilios_bundle_loads_and_the_softphone_registers_with_the_agents_token() {
    browser.go("/test/softphone");

    browser.until(d -> !"starting".equals(state()) && !"registering".equals(state()), WAIT);
    assertThat(browser.driver().executeScript("return typeof window.Twilio.Device"))
        .isEqualTo("function");
    browser.screenshot("softphone-real-sdk-zh");
    // the Device was made with the fetched token; its signalling (wss://voice-js.*.twilio.com) is
    // refused by this page's policy, so the SDK reports one of its error codes and nothing leaves
    assertThat(state()).isEqualTo("error");
    assertThat(browser.driver().findElement(By.id("softphone-detail")).getText())
        .matches("^3[0-9]{4} .*");
  }

  @Test
  void a_bridged_call_is_answered_by_itself_and_the_agent_mutes_and_hangs_up() throws IOException {
    browser.consoleErrors(); // what earlier pages logged
    Map<String, Object> installed =
        browser
            .driver()
            .executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", standIn()));
    try {
      desk();
    } finally {
      browser
          .driver()
          .executeCdpCommand(
              "Page.removeScriptToEvaluateOnNewDocument",
              Map.of("identifier", installed.get("identifier")));
    }
  }

  private void desk() {
    browser.go("/test/softphone");

    browser.until(d -> "registered".equals(state()), WAIT);
    assertThat(status()).isEqualTo("可以接听来电");
    String token = (String) script("return window.twilioStandIn.tokens[0]");
    assertThat(token.split("\\.")).hasSize(3);
    assertThat(script("return window.twilioStandIn.device.incomingSound")).isEqualTo(false);
    assertThat(button("softphone-mute").isEnabled()).isFalse();

    script("window.twilioStandIn.device.ring()");
    browser.until(d -> "connected".equals(state()), WAIT);
    assertThat(script("return window.twilioStandIn.call.accepted")).isEqualTo(true);
    assertThat(status()).isEqualTo("通话中");
    browser.screenshot("softphone-connected-zh");

    button("softphone-mute").click();
    assertThat(script("return window.twilioStandIn.call.muted")).isEqualTo(true);
    assertThat(button("softphone-mute").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(button("softphone-mute").getText()).isEqualTo("取消静音");

    button("softphone-hangup").click();
    browser.until(d -> "registered".equals(state()), WAIT);
    assertThat(script("return window.twilioStandIn.hungUp")).isEqualTo(true);
    assertThat(button("softphone-hangup").isEnabled()).isFalse();

    script("window.twilioStandIn.device.emit('tokenWillExpire')");
    browser.until(
        d -> ((Number) script("return window.twilioStandIn.tokens.length")).intValue() == 2, WAIT);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private String state() {
    return browser.driver().findElement(By.id("softphone")).getDomAttribute("data-state");
  }

  private String status() {
    return browser.driver().findElement(By.id("softphone-status")).getText();
  }

  private org.openqa.selenium.WebElement button(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private Object script(String js) {
    return browser.driver().executeScript(js);
  }

  private static String standIn() throws IOException {
    try (InputStream in =
        SoftphoneBrowserTest.class.getResourceAsStream("/softphone/twilio-stand-in.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
