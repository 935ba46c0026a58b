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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager edits the purchase timeline in a browser: the drawing follows the fields, the dry run
 * shows what the draft would do, saving makes the next version, whose diff names what changed; an
 * invalid draft is refused next to its field before any dry run.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineEditorBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  Browser browser;
  String original;

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    original = Api.body(api.send(HttpRequest.GET("/api/campaigns/purchase"), api.adminToken()));
    browser = Browser.open(server.getURL().toString(), "en");
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
    // the purchase timeline as it was, for the tests that run after this class
    api.send(
        HttpRequest.PUT("/api/campaigns/purchase", original)
            .contentType(MediaType.APPLICATION_JSON),
        api.adminToken());
  }

  @Test
  void a_manager_edits_the_purchase_timeline_sees_the_dry_run_saves_and_finds_the_next_version() {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String record = "MT-" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 1; i <= 3; i++) {
      api.uploadPurchase(
          dealer, record + "-" + i, "Li", Duration.ofDays(1), ZoneId.of("Asia/Shanghai"));
    }
    int version = version();
    String manager = api.newUser(null, "MANAGER");
    browser.signIn(manager, Api.USER_PASSWORD);

    browser.go("/manager/campaigns");
    browser.waitFor(By.cssSelector("#campaigns tr[data-campaign='purchase'] a")).click();
    browser.waitForPath("/manager/campaigns/purchase");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Campaign: After purchase");
    assertThat(lane(3).getText()).isEqualTo("day 10–30 · 6 attempts");

    type("steps-3-deadlineDays", "35");
    browser.waitForText(
        By.cssSelector("#timeline-drawing g.lane[data-step='3'] .bar-label"), "10–35", WAIT);
    LocalDate holiday = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).plusMonths(1).plusDays(14);
    browser.driver().findElement(By.cssSelector("button[data-holiday='" + holiday + "']")).click();
    browser.until(d -> pressed(holiday), WAIT);
    assertThat(field("callingRules-holidays").getAttribute("value")).contains(holiday.toString());
    new Select(field("dryRun-dealer")).selectByValue(dealer);
    browser.driver().findElement(By.id("run-dry-run")).click();

    WebElement summary = browser.waitFor(By.id("dry-run-summary"));
    // each record's steps 2 and 3 open in the next 30 days
    assertThat(summary.getText()).startsWith("6 steps of stored records open");
    assertThat(browser.driver().findElements(By.cssSelector("#dry-run-items tbody tr")))
        .hasSize(6)
        .allSatisfy(row -> assertThat(row.getText()).contains(dealer, record));
    browser.until(
        d ->
            (Boolean)
                browser
                    .driver()
                    .executeScript(
                        "var c = document.getElementById('due-chart'); return !!(window.Chart && Chart.getChart(c));"),
        WAIT);
    browser.screenshot("manager-timeline-dry-run");
    browser.driver().findElement(By.id("save-version")).click();

    browser.waitForPath("/manager/campaigns/purchase/versions");
    assertThat(browser.waitFor(By.id("saved-notice")).getText())
        .startsWith("Saved as version " + (version + 1));
    assertThat(version()).isEqualTo(version + 1);
    assertThat(diffRow("steps.3.deadlineDays").getAttribute("data-changed")).isEqualTo("true");
    assertThat(cells(diffRow("steps.3.deadlineDays"))).containsExactly("30", "35");
    assertThat(cells(diffRow("callingRules.holidays"))[1]).contains(holiday.toString());
    assertThat(diffRow("steps.1.deadlineDays").getAttribute("data-changed")).isEqualTo("false");
    assertThat(browser.driver().findElement(By.id("diff-summary")).getText())
        .isEqualTo("Fields that differ: 2");
    browser.screenshot("manager-timeline-saved");
    browser
        .driver()
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", diffRow("steps.3.deadlineDays"));
    browser.screenshot("manager-timeline-diff");
    assertThat(browser.consoleErrors()).isEmpty();
    // (the performance log also names requests without a URL, such as the worker chart.js probes)
    assertThat(browser.requestsOutsideTheApp()).allSatisfy(url -> assertThat(url).isEmpty());
  }

  @Test
  void an_invalid_timeline_is_refused_next_to_its_field_before_the_dry_run() {
    String manager = api.newUser(null, "MANAGER");
    browser.signIn(manager, Api.USER_PASSWORD);
    browser.go("/manager/campaigns/purchase");
    int version = version();

    type("steps-2-opensAfterDays", "1");
    browser.waitForText(By.id("err-steps-2-opensAfterDays"), "must not overlap", WAIT);
    assertThat(browser.driver().findElement(By.id("err-steps-2-opensAfterDays")).getText())
        .isEqualTo("Step 2 opens on day 1, before step 1 ends on day 3: steps must not overlap.");
    browser.until(
        d -> "true".equals(field("steps-2-opensAfterDays").getAttribute("aria-invalid")), WAIT);
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#timeline-drawing g.lane[data-step='2']"))
                .getAttribute("class"))
        .contains("faulty");
    set("callingRules-callingUntil", "09:00");
    browser.waitForText(By.id("err-callingRules-callingUntil"), "never open", WAIT);
    browser.screenshot("manager-timeline-hours-never-open");
    set("callingRules-callingUntil", "20:00");
    set("callingRules-holidays", "2027-02-01, 2027-02-02, 2027-02-03");
    browser.waitForText(By.id("err-callingRules-holidays"), "could never be called", WAIT);
    browser.driver().findElement(By.id("run-dry-run")).click();

    assertThat(browser.waitFor(By.id("dry-run-refusal")).getText())
        .isEqualTo("The draft was refused: fix the fields marked in red first.");
    assertThat(browser.driver().findElements(By.id("dry-run-summary"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("save-version"))).isEmpty();
    browser.screenshot("manager-timeline-invalid");
    Object status =
        browser
            .driver()
            .executeAsyncScript(
                "var done = arguments[0]; fetch('/manager/campaigns/purchase/versions', {method: 'POST',"
                    + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'name=x'})"
                    + ".then(function (r) { done(r.status); });");
    assertThat(((Number) status).intValue()).isEqualTo(403);
    assertThat(version()).isEqualTo(version);

    type("abandonmentCap", "150");
    browser.driver().findElement(By.id("dialing-save")).click();
    browser.waitForText(By.id("derr-abandonmentCap"), "A percentage like 3", WAIT);
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).containsAnyOf("422", "403"));
  }

  /** Whether the calendar shows the day as a holiday (it is redrawn as the form changes). */
  private boolean pressed(LocalDate day) {
    try {
      return "true"
          .equals(
              browser
                  .driver()
                  .findElement(By.cssSelector("button[data-holiday='" + day + "']"))
                  .getAttribute("aria-pressed"));
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return false;
    }
  }

  private int version() {
    String body = Api.body(api.send(HttpRequest.GET("/api/campaigns/purchase"), api.adminToken()));
    return Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
  }

  private WebElement field(String name) {
    return browser.driver().findElement(By.name(name));
  }

  private void type(String name, String value) {
    WebElement input = field(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(value, Keys.TAB);
  }

  /** Sets a value as a picker would (time inputs differ by locale) and lets the form know. */
  private void set(String name, String value) {
    browser
        .driver()
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field(name),
            value);
  }

  private WebElement lane(int step) {
    return browser.waitFor(
        By.cssSelector("#timeline-drawing g.lane[data-step='" + step + "'] .bar-label"));
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
