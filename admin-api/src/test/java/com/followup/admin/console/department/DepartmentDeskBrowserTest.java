package com.followup.admin.console.department;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The department's desk in a real browser, its tickets delivered by the real delivery loop to a
 * WireMock receiver on loopback: the service station's user sees its ticket (and not the parts
 * warehouse's), acknowledges it, records progress and passes it on; the warehouse, whose webhook
 * keeps failing, sees the failed tries on the ticket and resolves it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentDeskBrowserTest implements TestPropertyProvider {

  private static final Duration WAIT = Duration.ofSeconds(15);

  final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  DeskPeople people;
  Browser browser;

  @Override
  public Map<String, String> getProperties() {
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/service")).willReturn(aResponse().withStatus(200)));
    receiver.stubFor(post(urlEqualTo("/parts")).willReturn(aResponse().withStatus(503)));
    return Map.of(
        "followup.departments.delivery.first-retry", "300ms",
        "followup.departments.delivery.max-backoff", "2s");
  }

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    people = new DeskPeople(api, new SlaApi(api, json));
    browser = Browser.open(server.getURL().toString(), "en-US,en;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
    receiver.stop();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  private WebElement el(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private By row(long ticket) {
    return By.cssSelector("#desk-tickets tr[data-ticket='" + ticket + "']");
  }

  private void submit(String form) {
    el(form + "-submit").click();
  }

  private void type(String id, String text) {
    WebElement field = el(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Reloads the page until the condition holds. */
  private void reloadUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
      browser.driver().navigate().refresh();
    }
  }

  @SuppressWarnings("unchecked")
  private Instant transferredDue(long ticket) {
    List<Map<String, Object>> targets =
        (List<Map<String, Object>>) people.ticket(ticket).get("targets");
    return targets.stream()
        .filter(t -> "transferred".equals(t.get("name")))
        .map(t -> Instant.parse((String) t.get("dueAt")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_department_answers_its_ticket_passes_it_on_and_the_other_department_resolves_it()
      throws Exception {
    String service = people.department("Service station", receiver.baseUrl() + "/service");
    String parts = people.department("Parts warehouse", receiver.baseUrl() + "/parts");
    String serviceUser = people.user(service);
    String partsUser = people.user(parts);
    long ticket = people.problem(service, "the washing machine leaks");
    long partsOwn = people.problem(parts, "a spare part is missing");

    browser.signIn(serviceUser, Api.USER_PASSWORD);
    assertThat(browser.path()).isEqualTo("/department");
    browser.waitFor(row(ticket));
    assertThat(browser.driver().findElements(row(partsOwn))).isEmpty();
    assertThat(browser.driver().findElement(row(ticket)).getText())
        .contains("the washing machine leaks")
        .contains("transferred")
        .contains("due");
    reloadUntil(
        () ->
            browser.driver().findElements(row(ticket)).stream()
                .anyMatch(
                    r ->
                        !r.findElements(By.cssSelector("[data-delivered='DELIVERED']")).isEmpty()));
    browser.screenshot("department-desk-en-1280");

    browser.driver().findElement(row(ticket)).findElement(By.tagName("a")).click();
    browser.waitForPath("/department/tickets/" + ticket);
    assertThat(el("ticket-timeline").getText())
        .contains("Handed to " + service)
        .contains("Delivered to " + service + " by WEBHOOK (tries: 1)")
        .contains("Department notified");
    submit("acknowledge");
    browser.waitFor(By.id("desk-done"));
    assertThat(el("ticket-state").getText()).isEqualTo("Acknowledged");
    assertThat(browser.driver().findElements(By.id("desk-acknowledge"))).isEmpty();

    submit("progress");
    browser.waitFor(By.id("progress-notes-error"));
    assertThat(el("progress-notes-error").getText()).isEqualTo("Write a note.");
    type("progress-notes", "a fitter comes on Friday");
    submit("progress");
    browser.waitForText(By.id("desk-done"), "progress note", WAIT);
    assertThat(el("ticket-timeline").getText()).contains("a fitter comes on Friday");

    Instant dueBefore = transferredDue(ticket);
    new Select(el("pass-on-department")).selectByValue(parts);
    type("pass-on-notes", "the leak is a broken part: the warehouse sends it");
    browser.screenshot("department-ticket-en-1280");
    submit("pass-on");
    browser.waitForPath("/department");
    assertThat(el("desk-done").getText()).contains("#" + ticket).contains("Parts warehouse");
    assertThat(browser.driver().findElements(row(ticket))).isEmpty();
    assertThat(people.ticket(ticket).get("department")).isEqualTo(parts);
    assertThat(transferredDue(ticket)).as("the new transfer's target").isAfter(dueBefore);
    browser.go("/department/tickets/" + ticket);
    assertThat(browser.driver().getPageSource()).contains("You may not open this page");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(partsUser, Api.USER_PASSWORD);
    browser.waitFor(row(ticket));
    browser.waitFor(row(partsOwn));
    reloadUntil(
        () ->
            !browser
                .driver()
                .findElement(row(ticket))
                .findElements(By.cssSelector("[data-delivered='FAILING']"))
                .isEmpty());
    browser.driver().findElement(row(ticket)).findElement(By.tagName("a")).click();
    browser.waitForPath("/department/tickets/" + ticket);
    assertThat(el("ticket-delivery").getText()).contains("Not delivered").contains("HTTP 503");
    WebElement failing =
        browser.driver().findElement(By.cssSelector("#ticket-deliveries tr[data-failing='true']"));
    assertThat(failing.getText()).contains(parts).contains("HTTP 503");
    assertThat(el("ticket-timeline").getText())
        .contains("Passed on to " + parts + " (from " + service + ")")
        .contains("the leak is a broken part");
    assertThat(el("ticket-targets").getText()).contains("transferred").contains("Running");

    type("resolve-notes", "the part was sent and fitted");
    submit("resolve");
    browser.waitFor(By.id("desk-resolved"));
    assertThat(el("ticket-state").getText()).isEqualTo("Resolved, callback pending");
    assertThat(el("ticket-timeline").getText()).contains("the part was sent and fitted");
    browser.size(1280, 2200);
    browser.screenshot("department-ticket-resolved-en-1280");
    browser.size(1280, 900);
    assertThat(people.events(ticket)).contains("RESOLVED");
    browser.go("/department");
    assertThat(browser.driver().findElement(row(ticket)).getDomAttribute("data-state"))
        .as("a resolved ticket stays on the list until closed")
        .isEqualTo("RESOLVED");
    browser.screenshot("department-desk-passed-on-en-1280");
    new Select(el("lang-switch")).selectByValue("zh-CN");
    browser.waitForText(By.id("desk-summary"), "未结工单", WAIT);
    assertThat(browser.driver().findElement(row(ticket)).getText()).contains("已解决，待回访");
    browser.screenshot("department-desk-zh-1280");
    assertThat(browser.consoleErrors())
        .as("only the refused note (422) and the ticket passed on (403) were answered with errors")
        .allSatisfy(e -> assertThat(e).containsAnyOf("(Unprocessable Entity)", "(Forbidden)"));
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }
}
