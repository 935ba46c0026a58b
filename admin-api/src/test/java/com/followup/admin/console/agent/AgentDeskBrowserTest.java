package com.followup.admin.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

@MicronautTest(transactional = false, environments = "answered-calls")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentDeskBrowserTest {

  private static final Duration CALL_WAIT = Duration.ofSeconds(30);

  @Inject EmbeddedServer server;
  @Inject BeanContext context;

  Browser browser;
  Floor floor;

  @BeforeAll
  void openBrowser() {
    browser = Browser.open(server.getURL().toString(), "en-GB,en;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void newFloor() {
    browser.driver().manage().deleteAllCookies();
    floor = context.getBean(Floor.class);
    floor.clearTheFloor();
  }

  @Test
  void an_agent_goes_ready_a_call_appears_without_a_reload_and_completed_it_plans_the_next_step()
      throws Exception {
    String agent = signedInAgent();
    String record = floor.upload("R-" + UUID.randomUUID());
    browser.driver().executeScript("window.stillTheSamePage = true;");

    browser.driver().findElement(By.id("go-ready")).click();

    browser.waitFor(By.id("connected"), CALL_WAIT);
    assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
        .isEqualTo(true);
    assertThat(browser.driver().findElement(By.id("customer-name")).getText()).isEqualTo("Ann Lee");
    assertThat(browser.driver().findElement(By.id("script")).getText())
        .contains("Ann Lee")
        .contains("We will call you again between");
    browser.until(
        d -> !d.findElement(By.id("call-timer")).getText().equals("0:00"), Duration.ofSeconds(5));
    assertThat(browser.driver().findElement(By.id("customer-clock")).getText())
        .matches("\\d\\d:\\d\\d");
    browser.screenshot("agent-desk-connected-en-1280");
    browser.size(768, 1000);
    browser.screenshot("agent-desk-connected-en-768");
    browser.size(1280, 900);

    browser.driver().findElement(By.id("notes")).sendKeys("Happy with the car");
    browser.driver().findElement(By.cssSelector("#outcome-form button[value='COMPLETED']")).click();

    List<Map<String, Object>> followUps =
        Floor.await(() -> floor.followUps(record), f -> f.size() == 2, Duration.ofSeconds(10));
    assertThat(followUps)
        .extracting(f -> f.get("step") + ":" + f.get("status"))
        .containsExactlyInAnyOrder("1:COMPLETED", "2:SCHEDULED");
    assertThat(
            floor.value(
                "SELECT notes FROM dialer_call WHERE follow_up_id = "
                    + followUps.stream()
                        .filter(f -> f.get("step").equals(1))
                        .findFirst()
                        .orElseThrow()
                        .get("id")))
        .isEqualTo("Happy with the car");
    browser.waitForText(By.id("today-completed"), "1", Duration.ofSeconds(10));
    assertThat(browser.requestedUrls()).isNotEmpty();
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  @Test
  void a_double_submitted_outcome_is_applied_once() throws Exception {
    signedInAgent();
    String record = floor.upload("R-" + UUID.randomUUID());
    browser.driver().findElement(By.id("go-ready")).click();
    browser.waitFor(By.id("connected"), CALL_WAIT);

    @SuppressWarnings("unchecked")
    List<Object> statuses =
        (List<Object>)
            browser
                .driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById('outcome-form');"
                        + "const body = new URLSearchParams(new FormData(form));"
                        + "body.set('outcome', 'COMPLETED');"
                        + "const send = () => fetch('/agent/outcome', {method: 'POST', body,"
                        + " headers: {'X-CSRF-Token': document.body.dataset.csrf, 'HX-Request': 'true'}})"
                        + ".then(r => r.status);"
                        + "Promise.all([send(), send()]).then(done);");

    assertThat(statuses).containsExactlyInAnyOrder(200L, 409L);
    List<Map<String, Object>> followUps =
        Floor.await(() -> floor.followUps(record), f -> f.size() == 2, Duration.ofSeconds(10));
    assertThat(followUps)
        .extracting(f -> f.get("step") + ":" + f.get("status"))
        .containsExactlyInAnyOrder("1:COMPLETED", "2:SCHEDULED");
    assertThat(
            floor.value(
                "SELECT COUNT(*) FROM dialer_call c JOIN follow_up f ON f.id = c.follow_up_id"
                    + " JOIN dealer_record r ON r.id = f.record_pk WHERE r.record_id = '"
                    + record
                    + "' AND c.outcome IS NOT NULL"))
        .isEqualTo("1");
  }

  @Test
  void a_customer_named_like_a_script_is_shown_as_text_and_the_desk_reads_in_chinese()
      throws Exception {
    signedInAgent();
    new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("zh-CN");
    browser.waitForText(By.id("go-ready"), "就绪", Duration.ofSeconds(10));
    floor.api.uploadPurchase(
        floor.dealer,
        "R-" + UUID.randomUUID(),
        "<script>alert(1)</script>",
        Duration.ofHours(2),
        floor.midday);

    browser.driver().findElement(By.id("go-ready")).click();

    browser.waitFor(By.id("connected"), CALL_WAIT);
    assertThat(browser.driver().findElement(By.id("customer-name")).getText())
        .isEqualTo("<script>alert(1)</script>");
    assertThat(browser.driver().findElement(By.id("script")).getText()).contains("您好");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    browser.screenshot("agent-desk-connected-zh-1280");
    browser.size(768, 1000);
    browser.screenshot("agent-desk-connected-zh-768");
    browser.size(1280, 900);
    new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("en");
    browser.waitForText(By.id("go-ready"), "Ready", Duration.ofSeconds(10));
  }

  @Test
  void a_pause_is_taken_with_its_reason_and_shown() {
    String agent = signedInAgent();

    new Select(browser.driver().findElement(By.id("pause-reason"))).selectByValue("MEAL");
    browser.driver().findElement(By.id("go-paused")).click();

    // the state's name, not the bar: the reason list in the bar always holds "Meal"
    browser.waitForText(By.id("agent-state-name"), "Paused", Duration.ofSeconds(10));
    assertThat(browser.driver().findElement(By.cssSelector(".state-now")).getText())
        .contains("Meal");
    assertThat(
            floor.value("SELECT pause_reason FROM dialer_agent WHERE username = '" + agent + "'"))
        .isEqualTo("MEAL");
    browser.screenshot("agent-desk-paused-en");
  }

  @Test
  void in_preview_the_agent_skips_one_call_with_s_and_dials_the_next_with_d() throws Exception {
    String manager = floor.api.userWithRole("MANAGER", null);
    Object previous =
        floor
            .sla
            .map(floor.api.send(HttpRequest.GET("/api/campaigns/purchase/dialing"), manager))
            .get("mode");
    floor.api.send(
        HttpRequest.PUT("/api/campaigns/purchase/dialing", Map.of("mode", "PREVIEW")), manager);
    try {
      signedInAgent();
      String skipped = floor.upload("PV-" + UUID.randomUUID());
      browser.driver().findElement(By.id("go-ready")).click();

      browser.waitFor(By.id("skip-button"), CALL_WAIT);
      assertThat(browser.driver().findElement(By.cssSelector(".preview .countdown")).getText())
          .matches("0:[0-3]\\d");
      browser.screenshot("agent-desk-preview-en");
      browser.driver().findElement(By.tagName("body")).sendKeys("s");

      Map<String, Object> back =
          Floor.await(
              () -> floor.followUps(skipped).get(0),
              f -> "SCHEDULED".equals(f.get("status")),
              Duration.ofSeconds(10));
      assertThat(back).containsEntry("attempts", 0);

      floor.upload("PV-" + UUID.randomUUID());
      browser.waitFor(By.id("dial-button"), CALL_WAIT);
      browser.driver().findElement(By.tagName("body")).sendKeys("d");
      browser.waitFor(By.id("connected"), CALL_WAIT);
    } finally {
      floor.api.send(
          HttpRequest.PUT("/api/campaigns/purchase/dialing", Map.of("mode", previous)), manager);
    }
  }

  private String signedInAgent() {
    String agent = floor.api.newUser(null, "AGENT");
    browser.signIn(agent, Api.USER_PASSWORD);
    browser.waitForPath("/agent");
    return agent;
  }
}
