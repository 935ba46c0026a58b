package com.followup.admin.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager gives a campaign's steps their channels in the browser: step 2 becomes a text message
 * whose count (characters, GSM-7 or UCS-2, segments) follows the typing, the campaign gets a
 * consent exemption, and after the dry run and the save the stored version keeps the texts, the
 * survey step and its survey.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineChannelsBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String SURVEY =
      "{\"greeting\":{\"en\":\"Hello from ACME.\",\"zh\":\"您好，这里是ACME。\"},"
          + "\"questions\":[{\"code\":\"satisfaction\",\"prompt\":{\"en\":\"Satisfied? Press 1"
          + " for yes, 2 for no.\",\"zh\":\"满意请按1，不满意请按2。\"},\"keys\":[{\"digit\":\"1\","
          + "\"answer\":\"SATISFIED\",\"label\":\"Satisfied\"},{\"digit\":\"2\",\"answer\":"
          + "\"NOT_SATISFIED\",\"label\":\"Not satisfied\"}]}],\"lowAnswers\":[\"NOT_SATISFIED\"],"
          + "\"closing\":{\"en\":\"Thank you, goodbye.\"}}";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  Browser browser;

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    browser = Browser.open(server.getURL().toString(), "en");
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
    // the class's campaigns stop taking purchases, so the tests after it see the purchase campaign
    for (String code : campaigns) {
      String stored =
          Api.body(api.send(HttpRequest.GET("/api/campaigns/" + code), api.adminToken()));
      api.send(
          HttpRequest.PUT(
                  "/api/campaigns/" + code,
                  stored.replace("\"recordType\":\"PURCHASE\"", "\"recordType\":null"))
              .contentType(MediaType.APPLICATION_JSON),
          api.adminToken());
    }
  }

  private final java.util.List<String> campaigns = new java.util.ArrayList<>();

  /** A campaign of its own: two agents' calls, then a survey call with its survey. */
  private String campaign() {
    String code = "ch-" + UUID.randomUUID().toString().substring(0, 8);
    campaigns.add(code);
    api.send(
        HttpRequest.PUT(
                "/api/campaigns/" + code,
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Channels\",\"recordType\":\"PURCHASE\",\"steps\":["
                    + "{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":3,\"maxAttempts\":4},"
                    + "{\"step\":2,\"opensAfterDays\":3,\"deadlineDays\":10,\"maxAttempts\":2},"
                    + "{\"step\":3,\"opensAfterDays\":10,\"deadlineDays\":30,\"maxAttempts\":3,"
                    + "\"channel\":\"VOICE_SURVEY\"}],"
                    + "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\","
                    + "\"maxAttemptsPerDay\":2,\"maxAttemptsTotal\":9},\"survey\":"
                    + SURVEY
                    + "}")
            .contentType(MediaType.APPLICATION_JSON),
        api.adminToken());
    return code;
  }

  @Test
  void a_manager_makes_step_two_a_text_sees_its_segments_while_typing_and_the_save_keeps_it() {
    String code = campaign();
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    browser.signIn(api.newUser(null, "MANAGER"), Api.USER_PASSWORD);
    browser.go("/manager/campaigns/" + code);

    assertThat(new Select(field("steps-3-channel")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("VOICE_SURVEY");
    assertThat(textsRow(2).isDisplayed()).isFalse();
    new Select(field("steps-2-channel")).selectByValue("SMS");
    browser.until(d -> textsRow(2).isDisplayed(), WAIT);
    assertThat(count("steps-2-message-en").getText())
        .isEqualTo("0 characters · GSM-7 · no segment");

    field("steps-2-message-en").sendKeys("Hello {customerName}, your {product} is due a check.");
    browser.until(
        d -> "GSM-7".equals(count("steps-2-message-en").getAttribute("data-encoding")), WAIT);
    browser.waitForText(By.id("count-steps-2-message-en"), "1 segment", WAIT);
    // each placeholder counts as its name: "customerName" and "product"
    assertThat(count("steps-2-message-en").getAttribute("data-characters")).isEqualTo("48");

    field("steps-2-message-zh").sendKeys("您好，请致电售后热线");
    browser.until(
        d -> "UCS-2".equals(count("steps-2-message-zh").getAttribute("data-encoding")), WAIT);
    assertThat(count("steps-2-message-zh").getText())
        .isEqualTo("10 characters · UCS-2 · 1 segment");
    field("steps-2-message-zh").sendKeys("维".repeat(61));
    browser.waitForText(By.id("count-steps-2-message-zh"), "71 characters", WAIT);
    assertThat(count("steps-2-message-zh").getText())
        .isEqualTo("71 characters · UCS-2 · 2 segments");
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", textsRow(2));
    screenshot("editor16-sms-step-en");
    clear("steps-2-message-zh");
    field("steps-2-message-zh").sendKeys("您好，您的{product}该保养了，请致电{hotline}。", Keys.TAB);
    browser.waitForText(By.id("count-steps-2-message-zh"), "UCS-2 · 1 segment", WAIT);

    field("consentExemption").sendKeys("Service reminders only, no marketing", Keys.TAB);
    new Select(field("dryRun-dealer")).selectByValue(dealer);
    browser.driver().findElement(By.id("run-dry-run")).click();
    browser.waitFor(By.id("dry-run-summary"));
    assertThat(browser.waitFor(By.cssSelector("#dry-run-channels li[data-step='2']")).getText())
        .isEqualTo("Step 2: Text message");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#dry-run-channels li[data-step='3']"))
                .getText())
        .isEqualTo("Step 3: Survey call");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#dry-run-texts tr[data-step='2'][data-language='zh']"))
                .getText())
        .contains("UCS-2");
    browser.driver().findElement(By.id("save-version")).click();

    browser.waitForPath("/manager/campaigns/" + code + "/versions");
    browser.waitFor(By.id("saved-notice"));
    assertThat(cells(diffRow("steps.2.channel"))).containsExactly("Agent’s call", "Text message");
    assertThat(cells(diffRow("steps.3.channel"))).containsExactly("Survey call", "Survey call");
    assertThat(diffRow("consentExemption").getAttribute("data-changed")).isEqualTo("true");
    assertThat(cells(diffRow("steps.2.message.zh"))[1])
        .isEqualTo("您好，您的{product}该保养了，请致电{hotline}。");
    assertThat(browser.driver().findElements(By.cssSelector("tr[data-field='steps.1.message.en']")))
        .isEmpty();
    browser
        .driver()
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", diffRow("steps.2.channel"));
    screenshot("editor16-version-diff");

    String stored = Api.body(api.send(HttpRequest.GET("/api/campaigns/" + code), api.adminToken()));
    assertThat(stored)
        .contains("\"version\":2")
        .contains(
            "{\"step\":2,\"opensAfterDays\":3,\"deadlineDays\":10,\"maxAttempts\":2,"
                + "\"channel\":\"SMS\",\"message\":")
        .contains("\"en\":\"Hello {customerName}, your {product} is due a check.\"")
        .contains("\"zh\":\"您好，您的{product}该保养了，请致电{hotline}。\"")
        .contains("\"channel\":\"VOICE_SURVEY\"")
        .contains("\"consentExemption\":\"Service reminders only, no marketing\"")
        .contains("\"code\":\"satisfaction\"")
        .contains("\"lowAnswers\":[\"NOT_SATISFIED\"]");

    // opened again, the editor shows the stored texts with their counts, before any typing
    browser.go("/manager/campaigns/" + code);
    assertThat(new Select(field("steps-2-channel")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("SMS");
    assertThat(textsRow(2).isDisplayed()).isTrue();
    assertThat(field("steps-2-message-en").getAttribute("value"))
        .isEqualTo("Hello {customerName}, your {product} is due a check.");
    assertThat(count("steps-2-message-zh").getText()).endsWith("UCS-2 · 1 segment");
    assertThat(field("consentExemption").getAttribute("value"))
        .isEqualTo("Service reminders only, no marketing");
    browser.go("/manager/campaigns");
    assertThat(
            browser
                .waitFor(By.cssSelector("#campaigns tr[data-campaign='" + code + "']"))
                .getText())
        .contains("(Agent’s call)", "(Text message)", "(Survey call)");
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.requestsOutsideTheApp()).allSatisfy(url -> assertThat(url).isEmpty());
  }

  @Test
  void an_unknown_placeholder_and_a_text_step_without_text_are_refused_next_to_their_fields() {
    String code = campaign();
    browser.signIn(api.newUser(null, "MANAGER"), Api.USER_PASSWORD);
    browser.go("/manager/campaigns/" + code);
    browser.driver().manage().addCookie(new Cookie("followup_lang", "zh"));
    browser.go("/manager/campaigns/" + code);

    new Select(field("steps-2-channel")).selectByValue("SMS");
    browser.waitForText(By.id("err-steps-2-message"), "第 2 步发送短信", WAIT);
    field("steps-2-message-en").sendKeys("Hi {name}", Keys.TAB);
    browser.waitForText(By.id("err-steps-2-message-en"), "name", WAIT);
    assertThat(browser.driver().findElement(By.id("err-steps-2-message")).getText()).isEmpty();
    field("steps-2-message-zh").sendKeys("您好，请致电售后热线");
    browser.waitForText(By.id("count-steps-2-message-zh"), "UCS-2 · 1 条短信", WAIT);
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", textsRow(2));
    screenshot("editor16-sms-step-zh");

    browser.driver().findElement(By.id("add-step")).click();
    browser.until(d -> !d.findElements(By.name("steps-4-channel")).isEmpty(), WAIT);
    new Select(field("steps-4-channel")).selectByValue("SMS");
    browser.until(d -> textsRow(4).isDisplayed(), WAIT);
    field("steps-4-message-en").sendKeys("€ [x]");
    browser.waitForText(By.id("count-steps-4-message-en"), "5 个字符", WAIT);
    assertThat(textsRow(4).findElement(By.cssSelector("label span")).getText())
        .isEqualTo("第 4 步：英文短信");
    // the extension characters € [ ] take two septets each
    assertThat(count("steps-4-message-en").getAttribute("data-units")).isEqualTo("8");
    assertThat(count("steps-4-message-en").getAttribute("data-encoding")).isEqualTo("GSM-7");

    browser.driver().findElement(By.id("run-dry-run")).click();
    assertThat(browser.waitFor(By.id("dry-run-refusal")).getText()).isNotEmpty();
    assertThat(browser.driver().findElements(By.id("save-version"))).isEmpty();
    assertThat(version(code)).isEqualTo(1);
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("422"));
  }

  private int version(String code) {
    String body = Api.body(api.send(HttpRequest.GET("/api/campaigns/" + code), api.adminToken()));
    return Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
  }

  private void screenshot(String name) {
    Path shot = browser.screenshot(name);
    try {
      Files.copy(shot, Path.of("/tmp", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private WebElement field(String name) {
    return browser.driver().findElement(By.name(name));
  }

  private void clear(String name) {
    field(name).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
  }

  private WebElement count(String name) {
    return browser.driver().findElement(By.id("count-" + name));
  }

  private WebElement textsRow(int step) {
    return browser.driver().findElement(By.cssSelector("tr[data-sms-for='" + step + "']"));
  }

  private WebElement diffRow(String field) {
    return browser.waitFor(By.cssSelector("#version-diff tr[data-field='" + field + "']"));
  }

  private static String[] cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toArray(String[]::new);
  }
}
