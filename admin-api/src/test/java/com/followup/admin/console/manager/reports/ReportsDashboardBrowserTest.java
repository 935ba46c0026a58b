package com.followup.admin.console.manager.reports;

import static com.followup.admin.console.manager.reports.DashboardDataset.DEALER_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The KPI dashboard in headless Chromium, over the hand-made June 2018 of the page tests. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsDashboardBrowserTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  @Inject
  @Client("/")
  HttpClient client;

  Browser browser;
  String manager;

  @BeforeAll
  void setUp() throws Exception {
    new DashboardDataset(DelegatingDataSource.unwrapDataSource(dataSource)).write();
    manager = new Api(client.toBlocking()).newUser(null, "MANAGER");
    browser = Browser.open(server.getURL().toString(), "en-GB,en;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_manager_sees_the_trends_drawn_changes_the_period_drills_down_to_a_dealer_and_comes_back() {
    browser.size(1280, 2200);
    browser.signIn(manager, Api.USER_PASSWORD);
    browser.driver().findElement(By.id("link-reports")).click();
    browser.waitForPath("/manager/reports");
    browser.waitFor(By.id("report-figures"));

    browser.go("/manager/reports?period=day&date=2018-06-15");
    waitForChart("trend-connect");
    assertThat(pointsOf("trend-connect")).isEqualTo(2L);
    assertThat(pointsOf("trend-abandonment")).isEqualTo(2L);
    assertThat(datasetsOf("trend-abandonment")).isEqualTo(2L); // the rate and the cap line
    assertThat(text("fig-connect-rate")).contains("75.0%");
    browser.screenshot("manager-reports-day-en-1280");
    browser.driver().executeScript("window.stillTheSamePage = true;");

    new Select(browser.driver().findElement(By.id("report-period"))).selectByValue("month");
    browser.until(
        d -> text("report-range").contains("Month 2018-06-01 to 2018-06-30"),
        Duration.ofSeconds(10));
    assertThat(browser.driver().getCurrentUrl()).contains("period=month", "date=2018-06-15");
    waitForChart("trend-connect");
    assertThat(pointsOf("trend-connect")).isEqualTo(2L);

    new Select(browser.driver().findElement(By.id("report-by"))).selectByValue("dealer");
    browser.until(d -> "dealer".equals(attribute("breakdown", "data-by")), Duration.ofSeconds(10));
    assertThat(browser.driver().getCurrentUrl()).contains("by=dealer");
    browser.screenshot("manager-reports-month-en-1280");

    browser.driver().findElement(By.cssSelector("a.drill[data-key='" + DEALER_1 + "']")).click();
    browser.until(
        d -> text("dashboard").contains("KPI dashboard: dealer " + DEALER_1),
        Duration.ofSeconds(10));
    assertThat(browser.driver().getCurrentUrl()).contains("dealer=" + DEALER_1, "period=month");
    waitForChart("trend-sla");
    assertThat(pointsOf("trend-sla")).isEqualTo(1L);
    assertThat(browser.driver().findElements(By.id("trend-connect"))).isEmpty();
    assertThat(text("fig-sla")).contains("100.0%");
    browser.screenshot("manager-reports-dealer-en-1280");

    browser.driver().findElement(By.id("scope-back")).click();
    browser.until(
        d -> !browser.driver().findElements(By.id("breakdown")).isEmpty(), Duration.ofSeconds(10));
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("dealer=").contains("by=dealer");
    assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
        .isEqualTo(true);

    // and the browser's own back button returns to the dealer's dashboard, its chart drawn again
    browser.driver().navigate().back();
    browser.until(
        d -> text("dashboard").contains("KPI dashboard: dealer " + DEALER_1),
        Duration.ofSeconds(10));
    waitForChart("trend-sla");
    assertThat(pointsOf("trend-sla")).isEqualTo(1L);

    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  private void waitForChart(String id) {
    browser.until(
        d ->
            Boolean.TRUE.equals(
                browser
                    .driver()
                    .executeScript(
                        "var c = document.getElementById(arguments[0]);"
                            + " return !!(c && window.Chart && window.Chart.getChart(c)"
                            + " && c.width > 0);",
                        id)),
        Duration.ofSeconds(10));
  }

  /** The days the chart's first series has a value for, read from Chart.js itself. */
  private long pointsOf(String id) {
    Object n =
        browser
            .driver()
            .executeScript(
                "var chart = window.Chart.getChart(document.getElementById(arguments[0]));"
                    + " return chart.data.datasets[0].data.filter(function (v) {"
                    + " return v !== null; }).length;",
                id);
    return ((Number) n).longValue();
  }

  private long datasetsOf(String id) {
    Object n =
        browser
            .driver()
            .executeScript(
                "return window.Chart.getChart(document.getElementById(arguments[0]))"
                    + ".data.datasets.length;",
                id);
    return ((Number) n).longValue();
  }

  private String text(String id) {
    Object text =
        browser
            .driver()
            .executeScript(
                "var e = document.getElementById(arguments[0]);"
                    + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';",
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
}
