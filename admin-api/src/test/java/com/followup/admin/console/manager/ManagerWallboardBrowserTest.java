package com.followup.admin.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.context.BeanContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The manager's wallboard and forecast in headless Chromium; calls are placed by the telephony
 * simulator (every call answered by a person after one second).
 */
@MicronautTest(transactional = false, environments = "answered-calls")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerWallboardBrowserTest {

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

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  @Test
  void the_wallboard_shows_a_simulated_call_without_a_reload() {
    browser.size(1280, 1000);
    browser.signIn(floor.api.newUser(null, "MANAGER"), Api.USER_PASSWORD);
    browser.driver().findElement(By.id("link-wallboard")).click();
    browser.waitFor(By.id("wb-dials-today"));
    String dialsBefore = text("wb-dials-today");
    String at = attribute("wallboard-at", "data-at");
    browser.driver().executeScript("window.stillTheSamePage = true;");
    browser.until(d -> !attribute("wallboard-at", "data-at").equals(at), Duration.ofSeconds(5));

    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    floor.upload("WB-" + UUID.randomUUID());

    browser.until(d -> !text("wb-dials-today").equals(dialsBefore), Duration.ofSeconds(40));
    browser.until(d -> !text("wb-agents-ON_CALL").equals("0"), Duration.ofSeconds(20));
    assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
        .isEqualTo(true);
    assertThat(text("wallboard-board")).contains("On a call");
    browser.screenshot("manager-wallboard-en-1280");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** An element's text read in one script step: the board is swapped in every second. */
  private String text(String id) {
    Object text =
        browser
            .driver()
            .executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : '';",
                id);
    return String.valueOf(text);
  }

  private String attribute(String id, String name) {
    Object value =
        browser
            .driver()
            .executeScript(
                "var e = document.getElementById(arguments[0]);"
                    + " return e ? e.getAttribute(arguments[1]) : '';",
                id,
                name);
    return String.valueOf(value);
  }

  @Test
  void the_forecast_page_draws_due_and_agents_per_hour_and_lists_the_missed_steps() {
    browser.size(1280, 1100);
    browser.signIn(floor.api.newUser(null, "MANAGER"), Api.USER_PASSWORD);
    browser.driver().findElement(By.id("link-forecast")).click();
    browser.waitFor(By.id("forecast-chart"));

    browser.until(
        d -> "1".equals(d.findElement(By.id("forecast-chart")).getAttribute("data-drawn")),
        Duration.ofSeconds(10));
    assertThat(browser.driver().findElement(By.id("forecast-missed")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("fc-pending")).getText()).isNotBlank();
    browser.screenshot("manager-forecast-en-1280");

    browser.go("/manager/forecast?days=3&agents=0");
    browser.waitFor(By.id("forecast-chart"));
    browser.until(
        d -> "1".equals(d.findElement(By.id("forecast-chart")).getAttribute("data-drawn")),
        Duration.ofSeconds(10));
    assertThat(browser.driver().findElement(By.id("fc-roster")).getText()).isEqualTo("0");
    browser.screenshot("manager-forecast-no-agents-en-1280");
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }
}
