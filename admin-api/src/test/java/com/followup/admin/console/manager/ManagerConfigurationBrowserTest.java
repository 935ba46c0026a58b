package com.followup.admin.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A manager configures the SLA policies and keeps the do-not-call list, in a browser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerConfigurationBrowserTest {

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
    browser = Browser.open(server.getURL().toString(), "en");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
    browser.size(1280, 900);
    browser.consoleErrors(); // what earlier tests left in the log
  }

  @AfterEach
  void nothingLeftTheApp() {
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  @Test
  void
      a_manager_changes_an_sla_policy_and_a_new_ticket_gets_the_new_targets_while_an_open_one_keeps_its_own()
          throws Exception {
    String manager = api.newUser(null, "MANAGER");
    String token = api.login(manager, Api.USER_PASSWORD);
    String before = Api.body(api.send(HttpRequest.GET("/api/sla-policies/INQUIRY"), token));
    Map<?, ?> opened = sla.open(token, "INQUIRY", api.newDealer("CN", "Asia/Shanghai"), null);
    int oldVersion = ((Number) opened.get("policyVersion")).intValue();
    String added = "first-reply-" + UUID.randomUUID().toString().substring(0, 6);
    try {
      browser.signIn(manager, Api.USER_PASSWORD);
      browser.driver().findElement(By.id("manager-sla")).click();
      browser.waitFor(By.cssSelector("#sla-policies tr[data-type='INQUIRY'] a")).click();
      browser.waitFor(By.id("sla-form"));

      // a warning percentage out of range is refused next to its field, and nothing is saved
      type(By.id("warningPercent"), "150");
      browser.driver().findElement(By.id("sla-save")).click();
      WebElement refused = browser.waitFor(By.id("warningPercent-error"));
      assertThat(refused.getText()).isEqualTo("Give a whole number from 1 to 99.");
      assertThat(browser.driver().findElement(By.id("warningPercent")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      show(refused);
      browser.screenshot("manager-sla-refused-en-1280");
      assertThat(historyVersions()).doesNotContain(oldVersion + 1);

      type(By.id("warningPercent"), "80");
      type(By.name("t0.minutes"), "45");
      int spare = spareRow();
      type(By.id("t" + spare + ".name"), added);
      type(By.name("t" + spare + ".minutes"), "20");
      browser.driver().findElement(By.name("t" + spare + ".met.CUSTOMER_UPDATED")).click();
      browser.driver().findElement(By.id("sla-save")).click();

      browser.waitFor(By.id("sla-saved"));
      assertThat(browser.driver().findElement(By.id("sla-saved")).getText())
          .startsWith("Saved as version " + (oldVersion + 1));
      assertThat(historyVersions()).contains(oldVersion + 1, oldVersion);
      browser.screenshot("manager-sla-saved-en-1280");

      // a new ticket opened from the tickets page gets the new version's targets
      browser.go("/tickets");
      new Select(browser.waitFor(By.id("ticket-type"))).selectByValue("INQUIRY");
      type(By.id("ticket-phone"), "+86" + Api.freshMobile());
      type(By.id("ticket-department"), "service");
      type(By.id("ticket-summary"), "asks when the part arrives");
      browser.driver().findElement(By.id("ticket-open-submit")).click();
      browser.until(d -> browser.path().matches("/tickets/\\d+"), WAIT);
      assertThat(browser.waitFor(By.id("ticket-policy")).getText())
          .contains("version " + (oldVersion + 1));
      assertThat(targetNames()).contains(added, "transferred");
      assertThat(cell("transferred", 2)).isEqualTo("45:00");
      browser.screenshot("manager-ticket-new-en-1280");

      // the ticket opened before keeps its own version and targets
      browser.go("/tickets/" + opened.get("id"));
      assertThat(browser.waitFor(By.id("ticket-policy")).getText())
          .contains("version " + oldVersion);
      assertThat(targetNames()).doesNotContain(added).contains("transferred");
      assertThat(cell("transferred", 2)).isEqualTo("30:00");

      // recording an event meets its target
      new Select(browser.driver().findElement(By.id("event-type")))
          .selectByValue("DEPARTMENT_NOTIFIED");
      browser.driver().findElement(By.id("event-submit")).click();
      browser.until(
          d ->
              d.findElement(By.cssSelector("#ticket-targets tr[data-target='transferred']"))
                  .getText()
                  .contains("Met"),
          WAIT);
      assertThat(browser.driver().findElement(By.id("ticket-events")).getText())
          .contains("Department notified", manager);
      browser.screenshot("manager-ticket-open-en-1280");
      assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("422"));
    } finally {
      // later tests of this database expect the stock inquiry rules
      api.send(
          HttpRequest.PUT("/api/sla-policies/INQUIRY", json.readValue(before, Map.class)), token);
    }
  }

  @Test
  void
      a_manager_imports_a_do_not_call_file_with_one_bad_line_and_sees_its_line_while_the_good_numbers_are_added()
          throws Exception {
    String manager = api.newUser(null, "MANAGER");
    String first = "+86" + Api.freshMobile();
    String second = Api.freshMobile();
    Path file = Files.createTempFile("dnc", ".csv");
    Files.writeString(
        file,
        "phone,reason,country\n"
            + first
            + ",asked on the call,\n"
            + "12ab,typo,\n"
            + second
            + ",,CN\n",
        StandardCharsets.UTF_8);

    browser.signIn(manager, Api.USER_PASSWORD);
    browser.driver().findElement(By.id("manager-dnc")).click();
    browser.waitFor(By.id("dnc-file")).sendKeys(file.toAbsolutePath().toString());
    type(By.id("dnc-import-reason"), "imported from the complaints log");
    browser.driver().findElement(By.id("dnc-import-submit")).click();

    WebElement summary = browser.waitFor(By.id("dnc-import-summary"));
    assertThat(summary.getText()).contains("3 lines, 2 added, 1 refused");
    WebElement error = browser.waitFor(By.cssSelector("#dnc-import-errors tr[data-line='3']"));
    assertThat(error.getText()).contains("'12ab' is not a valid phone number");
    show(summary);
    browser.screenshot("manager-dnc-import-en-1280");

    browser.driver().findElement(By.linkText("Show the list")).click();
    type(By.id("dnc-q"), first);
    browser.driver().findElement(By.cssSelector("form[role='search'] button")).click();
    assertThat(row(first).getText()).contains("asked on the call", manager);
    type(By.id("dnc-q"), second);
    browser.driver().findElement(By.cssSelector("form[role='search'] button")).click();
    assertThat(row("+86" + second).getText()).contains("imported from the complaints log");

    // the add form refuses a bad number next to the field, then adds a good one
    type(By.id("dnc-phone"), "999");
    type(By.id("dnc-reason"), "asked");
    browser.driver().findElement(By.id("dnc-add-submit")).click();
    assertThat(browser.waitFor(By.id("phone-error")).getText()).contains("is not a valid number");
    String third = Api.freshMobile();
    type(By.id("dnc-phone"), third);
    type(By.id("dnc-country"), "CN");
    browser.driver().findElement(By.id("dnc-add-submit")).click();
    browser.waitFor(By.id("dnc-added"));
    assertThat(row("+86" + third).getText()).contains("asked");
    browser.screenshot("manager-dnc-added-en-1280");

    // removing asks first, then takes it off the list
    row("+86" + third).findElement(By.tagName("button")).click();
    browser.until(ExpectedConditions.alertIsPresent(), WAIT).accept();
    browser.waitFor(By.id("dnc-removed"));
    assertThat(browser.driver().findElements(By.cssSelector("tr[data-phone='+86" + third + "']")))
        .isEmpty();
    String token = api.login(manager, Api.USER_PASSWORD);
    assertThat(api.send(HttpRequest.GET("/api/do-not-call/%2B86" + third), token).code())
        .isEqualTo(404);
    assertThat(
            api.send(HttpRequest.GET("/api/do-not-call/" + first.replace("+", "%2B")), token)
                .code())
        .isEqualTo(200);
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("422"));
  }

  @Test
  void the_configuration_pages_refuse_other_roles_with_a_403_page() {
    String agent = api.newUser(null, "AGENT");
    browser.signIn(agent, Api.USER_PASSWORD);
    for (String page : List.of("/manager/sla", "/manager/sla/COMPLAINT", "/manager/dnc")) {
      browser.go(page);
      assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("403");
    }
    browser.screenshot("manager-sla-403-en-1280");
  }

  private void show(WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private void type(By field, String text) {
    WebElement input = browser.waitFor(field);
    input.clear();
    input.sendKeys(text);
  }

  private int spareRow() {
    return browser.driver().findElements(By.cssSelector("#sla-targets tbody tr")).stream()
        .filter(r -> r.findElement(By.tagName("input")).getAttribute("value").isEmpty())
        .map(r -> Integer.parseInt(r.getAttribute("data-row")))
        .findFirst()
        .orElseThrow();
  }

  private List<Integer> historyVersions() {
    return browser.driver().findElements(By.cssSelector("#sla-history tbody tr")).stream()
        .map(r -> Integer.parseInt(r.getAttribute("data-version")))
        .toList();
  }

  private List<String> targetNames() {
    return browser.driver().findElements(By.cssSelector("#ticket-targets tbody tr")).stream()
        .map(r -> r.getAttribute("data-target"))
        .toList();
  }

  private String cell(String target, int column) {
    return browser
        .driver()
        .findElement(By.cssSelector("#ticket-targets tr[data-target='" + target + "']"))
        .findElements(By.tagName("td"))
        .get(column)
        .getText();
  }

  private WebElement row(String phone) {
    return browser.waitFor(By.cssSelector("#dnc-entries tr[data-phone='" + phone + "']"));
  }
}
