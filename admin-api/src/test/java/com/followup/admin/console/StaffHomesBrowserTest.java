package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/** The homes of QA (breaches waiting for review) and ADMIN (users and dealers) in a browser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffHomesBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  SlaApi sla;
  Browser browser;

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    browser = Browser.open(server.getURL().toString(), "zh-CN,zh;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
    browser.size(1280, 900);
  }

  @Test
  void qa_signs_in_to_the_breach_board_in_chinese_and_english() throws Exception {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String owner = api.newUser(null, "AGENT");
    String qa = api.newUser(null, "QA");
    // a problem opened 61 minutes ago: its one-hour transfer target is already late
    Object ticket =
        sla.open(
                api.login(owner, Api.USER_PASSWORD),
                "PROBLEM",
                dealer,
                Instant.now().minus(Duration.ofMinutes(61)))
            .get("id");
    Object breach =
        sla.awaitBreach(
                api.login(qa, Api.USER_PASSWORD),
                dealer,
                b -> ticket.equals(b.get("ticketId")),
                Duration.ofSeconds(30))
            .get("id");

    browser.signIn(qa, Api.USER_PASSWORD);

    assertThat(browser.path()).isEqualTo("/qa");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("质检");
    // the board lists the oldest first: other tests' breaches may come before this one
    browser.go("/qa?dealer=" + dealer);
    WebElement row = row(breach);
    assertThat(cells(row))
        .containsSubsequence("#" + breach, "#" + ticket)
        .contains(owner, dealer, "未审核");
    assertThat(cells(row)[2]).startsWith("transferred");
    assertThat(cells(row)[3]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(.+\\)");
    assertThat(browser.driver().findElement(By.id("qa-summary")).getText()).startsWith("共 1 条符合");
    browser.screenshot("qa-home-zh-1280");
    browser.size(768, 900);
    assertNoSidewaysScroll();
    browser.screenshot("qa-home-zh-768");

    switchTo("en", "Quality");
    assertThat(cells(row(breach))).contains("Open");
    assertThat(browser.driver().findElement(By.id("qa-summary")).getText())
        .startsWith("Matching breaches: 1;");
    browser.screenshot("qa-home-en-768");
    browser.size(1280, 900);
    browser.screenshot("qa-home-en-1280");

    browser.go("/admin");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("403");
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("/admin"));
  }

  @Test
  void admin_sees_users_and_dealers_with_a_dealers_markup_shown_as_text() {
    String code = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/dealers",
                        Map.of(
                            "code", code,
                            "name", "<b>x</b>",
                            "country", "CN",
                            "timezone", "Asia/Urumqi")),
                    api.adminToken())
                .code())
        .isEqualTo(HttpStatus.CREATED.getCode());
    String dealerUser = api.newUser(code, "DEALER");
    String staff = api.newUser(null, "AGENT", "QA");

    browser.signIn("admin", Api.ADMIN_PASSWORD);

    assertThat(browser.path()).isEqualTo("/admin");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("系统管理");
    WebElement dealer =
        browser.driver().findElement(By.cssSelector("tr[data-dealer='" + code + "']"));
    assertThat(cells(dealer)).containsExactly(code, "<b>x</b>", "CN", "Asia/Urumqi");
    assertThat(dealer.findElements(By.tagName("b"))).isEmpty();
    assertThat(cells(user(dealerUser))).containsExactly(dealerUser, "经销商", code + " <b>x</b>", "是");
    assertThat(cells(user(staff))).containsExactly(staff, "质检、坐席", "—", "是");
    assertThat(browser.driver().getPageSource()).doesNotContain("$2a$").doesNotContain("$2b$");
    browser.screenshot("admin-home-zh-1280");
    WebElement toDealers =
        browser.driver().findElement(By.cssSelector("nav.sections a[href='#admin-dealers']"));
    toDealers.sendKeys(Keys.ENTER);
    browser.until(d -> d.getCurrentUrl().endsWith("#admin-dealers"), WAIT);

    switchTo("en", "Administration");
    assertThat(cells(user(staff))).containsExactly(staff, "Quality, Agent", "—", "Yes");
    browser.screenshot("admin-home-en-1280");
    browser.size(768, 900);
    assertNoSidewaysScroll();
    browser.screenshot("admin-home-en-768");
    switchTo("zh-CN", "系统管理");
    browser.screenshot("admin-home-zh-768");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private WebElement row(Object breach) {
    return browser.waitFor(By.cssSelector("#qa-breaches tr[data-breach='" + breach + "']"));
  }

  private WebElement user(String username) {
    return browser.driver().findElement(By.cssSelector("tr[data-user='" + username + "']"));
  }

  private static String[] cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toArray(String[]::new);
  }

  private void switchTo(String language, String heading) {
    new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue(language);
    // the page reloads: a heading read while the old page goes away is not an error
    browser.until(
        d -> {
          try {
            return d.findElement(By.tagName("h1")).getText().contains(heading);
          } catch (org.openqa.selenium.WebDriverException reloading) {
            return false;
          }
        },
        WAIT);
  }

  /** The page itself never scrolls sideways; a wide table scrolls inside its own box. */
  private void assertNoSidewaysScroll() {
    Object overflow =
        browser
            .driver()
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
  }
}
