package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * QA's journeys in a real browser: filtering the board, excusing a breach, the dealer's appeal from
 * its desk and QA's decision, and the review form used with the keyboard alone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QaConsoleBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  SlaApi sla;
  Browser browser;
  String dealer;
  String agent;
  String qa;

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    browser = Browser.open(server.getURL().toString(), "en-US,en;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void freshPeople() {
    browser.driver().manage().deleteAllCookies();
    dealer = api.newDealer("CN", "Asia/Shanghai");
    agent = api.newUser(null, "AGENT");
    qa = api.newUser(null, "QA");
  }

  /** A problem the agent opened 61 minutes ago for the dealer: its transfer target is late. */
  private Object lateBreach() throws InterruptedException {
    Object ticket =
        sla.open(
                api.login(agent, Api.USER_PASSWORD),
                "PROBLEM",
                dealer,
                Instant.now().minus(Duration.ofMinutes(61)))
            .get("id");
    return sla.awaitBreach(
            api.login(qa, Api.USER_PASSWORD), dealer, b -> ticket.equals(b.get("ticketId")), WAIT)
        .get("id");
  }

  private WebElement el(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private List<String> ledgerSteps() {
    return browser.driver().findElements(By.cssSelector("#ledger-steps tbody tr")).stream()
        .map(row -> row.getDomAttribute("data-step"))
        .toList();
  }

  @Test
  void qa_filters_the_board_opens_a_breach_and_excuses_it_with_a_reason() throws Exception {
    Object breach = lateBreach();
    browser.signIn(qa, Api.USER_PASSWORD);
    assertThat(browser.path()).isEqualTo("/qa");

    new Select(el("filter-dealer")).selectByValue(dealer);
    browser.until(d -> d.getCurrentUrl().contains("dealer=" + dealer), WAIT);
    browser.waitFor(By.cssSelector("#qa-breaches tr[data-breach='" + breach + "']"));
    assertThat(el("qa-summary").getText()).startsWith("Matching breaches: 1;");
    assertThat(el("filter-agent").getText()).contains(agent + " (1)");
    browser.screenshot("qa-board-filtered-en-1280");
    new Select(el("filter-stage")).selectByValue("transferred");
    browser.until(d -> d.getCurrentUrl().contains("stage=transferred"), WAIT);
    // the address keeps the filters: opened afresh, it shows the same board
    String shared = browser.driver().getCurrentUrl();
    browser.driver().get(shared);
    browser.waitFor(By.cssSelector("#qa-breaches tr[data-breach='" + breach + "']"));
    assertThat(new Select(el("filter-dealer")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo(dealer);

    browser.driver().findElement(By.cssSelector("tr[data-breach='" + breach + "'] a")).click();
    browser.waitForPath("/qa/breaches/" + breach);
    assertThat(el("breach-target").getText()).isEqualTo("transferred");
    assertThat(el("timeline").getText()).contains("Ticket opened").contains("Deadline passed");
    assertThat(el("targets").getText()).contains("transferred").contains("resolution-callback");
    el("decision-excused").click();
    el("review-submit").click();
    browser.waitFor(By.id("reason-error"));
    assertThat(el("reason-error").getText()).isEqualTo("A reason is required.");
    assertThat(el("review-reason").getDomAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("qa-review-error-en-1280");
    el("review-reason").sendKeys("the dealer’s line was down all morning");
    el("review-submit").click();

    browser.waitFor(By.id("review-done"));
    assertThat(el("breach-status").getText()).isEqualTo("Excused");
    assertThat(ledgerSteps()).containsExactly("BREACH", "REVIEW");
    assertThat(el("ledger-steps").getText()).contains("the dealer’s line was down all morning");
    assertThat(browser.driver().findElements(By.id("review-form"))).isEmpty();
    browser.screenshot("qa-breach-excused-en-1280");
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("422"));
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  @Test
  void the_owning_dealer_appeals_from_its_desk_and_qa_overturns_the_breach() throws Exception {
    Object breach = lateBreach();
    String dealerUser = api.newUser(dealer, "DEALER");
    browser.signIn(dealerUser, Api.USER_PASSWORD);
    el("tab-breaches").click();
    browser.waitForPath("/dealer/" + dealer + "/breaches");
    browser.driver().findElement(By.cssSelector("tr[data-breach='" + breach + "'] a")).click();
    browser.waitForPath("/dealer/" + dealer + "/breaches/" + breach);
    el("appeal-submit").click();
    // a Chinese dealer's desk speaks Chinese
    assertThat(browser.waitFor(By.id("appeal-reason-error")).getText()).isEqualTo("申诉必须填写理由。");
    el("appeal-reason").sendKeys("the customer asked us to call after the holiday");
    el("appeal-submit").click();
    browser.waitFor(By.id("appeal-done"));
    assertThat(el("appeal-closed").getText()).isEqualTo("这条超时记录已申诉过。");
    assertThat(el("ledger-steps").getText())
        .contains("the customer asked us to call after the holiday");
    browser.screenshot("dealer-breach-appealed-zh-1280");
    // a breach of another dealer, by its URL: the 403 page
    browser.go("/qa");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("403");
    browser.signOut();

    browser.signIn(qa, Api.USER_PASSWORD);
    browser.go("/qa?status=APPEALED&dealer=" + dealer);
    browser.driver().findElement(By.cssSelector("tr[data-breach='" + breach + "'] a")).click();
    browser.waitForPath("/qa/breaches/" + breach);
    assertThat(el("review-h").getText()).isEqualTo("Decide the appeal");
    assertThat(el("appeal-text").getText())
        .isEqualTo("the customer asked us to call after the holiday");
    el("decision-excused").click();
    el("review-reason").sendKeys("the customer’s request is on the call notes");
    el("review-submit").click();

    browser.waitFor(By.id("review-done"));
    assertThat(el("breach-status").getText()).isEqualTo("Excused");
    assertThat(ledgerSteps()).containsExactly("BREACH", "APPEAL", "APPEAL_DECISION");
    assertThat(el("review-closed").getText())
        .isEqualTo("Decided on appeal: this decision is final.");
    browser.screenshot("qa-appeal-decided-en-1280");
  }

  @Test
  void the_review_form_works_with_the_keyboard_alone() throws Exception {
    Object breach = lateBreach();
    browser.signIn(qa, Api.USER_PASSWORD);
    browser.go("/qa/breaches/" + breach);
    browser.waitFor(By.id("review-form"));
    Actions keys = new Actions(browser.driver());

    String reached = tabUntil("decision-confirmed", 60);
    assertThat(reached).as("Tab reaches the first decision").isEqualTo("decision-confirmed");
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(el("decision-excused").isSelected()).as("arrows choose within the group").isTrue();
    keys.sendKeys(Keys.TAB).perform();
    assertThat(active()).isEqualTo("review-reason");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitFor(By.id("reason-error"));
    browser.until(d -> "review-reason".equals(active()), WAIT);
    assertThat(el("decision-excused").isSelected()).as("the choice survives the refusal").isTrue();
    keys.sendKeys("excused by keyboard").sendKeys(Keys.ENTER).perform();

    browser.waitFor(By.id("review-done"));
    assertThat(el("breach-status").getText()).isEqualTo("Excused");
    assertThat(el("ledger-steps").getText()).contains("excused by keyboard");
    keys.sendKeys(Keys.TAB).perform();
    browser.screenshot("qa-keyboard-review-en-1280");
  }

  private String active() {
    return browser.driver().switchTo().activeElement().getDomAttribute("id");
  }

  private String tabUntil(String id, int most) {
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < most && !id.equals(active()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    return active();
  }
}
