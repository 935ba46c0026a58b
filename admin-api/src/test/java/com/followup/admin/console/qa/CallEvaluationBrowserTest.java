package com.followup.admin.console.qa;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluation journey in a real browser, on a real simulated call with its recording: QA plays
 * the recording (seek, speed) beside the form and scores the call, the agent disputes the score
 * from its desk, QA upholds it.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallEvaluationBrowserTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String FORM =
      """
      {"name": "Follow-up call", "groups": [
        {"code": "greeting", "name": "Greeting", "weight": 40, "questions": [
          {"code": "phrases", "text": "Uses the standard greeting", "type": "YES_NO",
           "points": 10, "counts": "STANDARD_PHRASES"}]},
        {"code": "accuracy", "name": "Accuracy", "weight": 60, "questions": [
          {"code": "answers", "text": "Answers the question asked", "type": "FAULTS",
           "points": 10, "deduction": 2},
          {"code": "tone", "text": "Tone", "type": "SCALE", "points": 8, "scaleMin": 1,
           "scaleMax": 5, "allowNa": true}]}]}
      """;

  @Inject EmbeddedServer server;
  @Inject Floor floor;

  Browser browser;

  @BeforeAll
  void openBrowser() {
    browser = Browser.open(server.getURL().toString(), "en-US,en;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
    floor.clearTheFloor();
  }

  private WebElement el(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private static String row(WebElement table, String question) {
    return table.findElement(By.cssSelector("tr[data-question='" + question + "']")).getText();
  }

  private static String spread(WebElement table, String row) {
    return table.findElement(By.cssSelector(row + " [data-spread]")).getText();
  }

  @Test
  void qa_plays_the_recording_and_scores_the_call_the_agent_disputes_and_qa_upholds_it()
      throws Exception {
    floor.clearTheFloor();
    String qaName = floor.api.newUser(null, "QA");
    String qa = floor.api.login(qaName, Api.USER_PASSWORD);
    String form = "journey-" + System.nanoTime();
    assertThat(
            floor
                .api
                .send(
                    HttpRequest.PUT("/api/evaluation-forms/" + form, FORM)
                        .contentType(MediaType.APPLICATION_JSON),
                    qa)
                .code())
        .isEqualTo(200);
    String agentName = floor.api.newUser(null, "AGENT");
    String agent = floor.api.login(agentName, Api.USER_PASSWORD);
    floor.state(agent, "READY");
    floor.upload("JOURNEY-1");
    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));
    floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true}");
    floor.state(agent, "OFFLINE");
    String call =
        await(
            () ->
                floor.value(
                    "SELECT r.attempt_id FROM call_recording r JOIN dialer_call d"
                        + " ON d.attempt_id = r.attempt_id WHERE d.agent = '"
                        + agentName
                        + "'"),
            id -> id != null,
            WAIT);

    // QA finds the call in the call log and opens it
    browser.signIn(qaName, Api.USER_PASSWORD);
    browser.go("/qa/calls?agent=" + agentName);
    browser.waitFor(By.cssSelector("tr[data-call='" + call + "'] a")).click();
    browser.waitForPath("/qa/calls/" + call);
    WebElement audio = browser.waitFor(By.id("recording-audio"));
    browser.until(
        d -> ((Number) js("return arguments[0].readyState", audio)).intValue() >= 1, WAIT);
    // the simulator's audio: as long as the agent talked, at most 4 s
    double seconds = ((Number) js("return arguments[0].duration", audio)).doubleValue();
    assertThat(seconds).isBetween(0.9, 4.1);
    el("speed-1.5").click();
    assertThat(((Number) js("return arguments[0].playbackRate", audio)).doubleValue())
        .isEqualTo(1.5);
    assertThat(el("speed-1.5").getAttribute("aria-pressed")).isEqualTo("true");
    el("skip-forward").click();
    browser.until(
        d -> ((Number) js("return arguments[0].currentTime", audio)).doubleValue() > seconds - 0.2,
        WAIT);
    el("skip-back").click();
    browser.until(
        d -> ((Number) js("return arguments[0].currentTime", audio)).doubleValue() < 0.1, WAIT);

    // other tests' forms are stored too: this one is chosen (the form links do the same)
    browser.go("/qa/calls/" + call + "?form=" + form);
    browser.until(
        d ->
            !d.findElements(By.cssSelector("#score-form input[name='form'][value='" + form + "']"))
                .isEmpty(),
        WAIT);

    // a deduction without its comment is refused beside the question
    el("sc-phrases-YES").click();
    el("sc-answers").sendKeys("1");
    el("sc-tone-na").click();
    el("score-submit").click();
    browser.waitFor(By.id("a.answers-error"));
    browser.screenshot("qa-scoring-refused");
    el("sc-answers-comment").sendKeys("missed the warranty question");
    el("score-submit").click();
    browser.waitFor(By.id("eval-done"));
    // greeting 10/10, accuracy 8/10: 100 × (40 + 60 × 0.8) / 100
    browser.waitForText(By.cssSelector("article.evaluation header"), "Score 88.00", WAIT);
    browser.screenshot("qa-scored-call");

    // the agent disputes from its evaluations
    browser.driver().manage().deleteAllCookies();
    browser.signIn(agentName, Api.USER_PASSWORD);
    browser.go("/agent");
    browser.waitFor(By.id("agent-evaluations-link")).click();
    browser.waitForPath("/agent/evaluations");
    WebElement article = browser.waitFor(By.cssSelector("article.evaluation"));
    String evaluation = article.getAttribute("data-evaluation");
    assertThat(article.getText()).contains("Answers the question asked", "Accuracy");
    el("dispute-" + evaluation).click();
    browser.waitFor(By.id("reason-" + evaluation + "-error"));
    el("reason-" + evaluation).sendKeys("I did answer the warranty question");
    el("dispute-" + evaluation).click();
    browser.waitFor(By.id("eval-disputed"));
    assertThat(browser.waitFor(By.cssSelector("article.evaluation")).getAttribute("data-status"))
        .isEqualTo("DISPUTED");
    browser.screenshot("agent-disputed");

    // QA decides from the disputes
    browser.driver().manage().deleteAllCookies();
    browser.signIn(qaName, Api.USER_PASSWORD);
    browser.go("/qa/evaluations");
    browser.waitFor(By.cssSelector("tr[data-evaluation='" + evaluation + "'] a")).click();
    browser.waitForPath("/qa/calls/" + call);
    el("decide-upheld").click();
    el("decide-reason").sendKeys("the recording shows no answer to it");
    el("decide-submit").click();
    browser.waitFor(By.id("decide-done"));
    assertThat(browser.waitFor(By.cssSelector("article.evaluation")).getAttribute("data-status"))
        .isEqualTo("UPHELD");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("article.evaluation .eval-steps li"))
                .stream()
                .map(li -> li.getAttribute("data-step"))
                .toList())
        .containsExactly("SUBMITTED", "DISPUTED", "UPHELD");
    browser.screenshot("qa-upheld-en-1280");
    // the results name the questions and their groups by the form's texts, not by their codes
    String results =
        browser.driver().findElement(By.cssSelector("article.evaluation .eval-results")).getText();
    assertThat(results)
        .contains("Uses the standard greeting", "Greeting", "Answers the question asked")
        .contains("Accuracy")
        .doesNotContain("phrases");

    // a second evaluator scores the same call for calibration
    String qa2Name = floor.api.newUser(null, "QA");
    String qa2 = floor.api.login(qa2Name, Api.USER_PASSWORD);
    var calibrated =
        floor.api.send(
            HttpRequest.POST(
                    "/api/calls/" + call + "/evaluations",
                    "{\"form\":\""
                        + form
                        + "\",\"calibration\":true,\"answers\":["
                        + "{\"question\":\"phrases\",\"value\":\"NO\",\"comment\":\"no greeting\"},"
                        + "{\"question\":\"answers\",\"value\":\"0\"},"
                        + "{\"question\":\"tone\",\"value\":\"5\"}]}")
                .contentType(MediaType.APPLICATION_JSON),
            qa2);
    assertThat(calibrated.code()).as(Api.body(calibrated)).isEqualTo(201);
    browser.go("/qa/calls/" + call);
    WebElement table = browser.waitFor(By.id("calibration-table"));
    assertThat(
            table.findElements(By.cssSelector("thead th[data-evaluator]")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly(qaName, qa2Name);
    // greeting: 10 against 0; answers: 8 (one fault) against 10; tone: N/A against 8
    assertThat(row(table, "phrases"))
        .contains("Uses the standard greeting", "YES · 10.00", "NO · 0.00");
    assertThat(spread(table, "tr[data-question='phrases']")).isEqualTo("10.00");
    assertThat(row(table, "answers"))
        .contains("Answers the question asked", "1 · 8.00", "0 · 10.00");
    assertThat(spread(table, "tr[data-question='answers']")).isEqualTo("2.00");
    assertThat(row(table, "tone")).contains("N/A", "5 · 8.00");
    assertThat(spread(table, "tr[data-question='tone']")).isEqualTo("0.00");
    // 88 against 100 × (40 × 0 + 60 × 18/18) / 100 = 60
    assertThat(el("calibration-total").getText()).contains("88.00", "60.00");
    assertThat(spread(table, "#calibration-total")).isEqualTo("28.00");
    js("arguments[0].scrollIntoView()", el("calibration"));
    browser.screenshot("qa-calibration");

    // an evaluator who has not scored the call sees neither the answers nor the spread
    String qa3Name = floor.api.newUser(null, "QA");
    browser.driver().manage().deleteAllCookies();
    browser.signIn(qa3Name, Api.USER_PASSWORD);
    browser.go("/qa/calls/" + call);
    browser.waitFor(By.id("eval-hidden"));
    assertThat(browser.driver().findElements(By.id("calibration"))).isEmpty();
    browser.driver().manage().deleteAllCookies();
    browser.signIn(qaName, Api.USER_PASSWORD);
    browser.go("/qa/calls/" + call);
    browser.waitFor(By.id("calibration-table"));

    // the same page in Chinese, wide and narrow
    new Select(el("lang-switch")).selectByValue("zh-CN");
    browser.waitForText(By.cssSelector("article.evaluation header"), "维持", WAIT);
    assertThat(el("call-steps").getText()).contains("转接坐席", "（真人接听）").doesNotContain("PERSON");
    browser.screenshot("qa-call-zh-1280");
    browser.size(768, 1000);
    browser.go("/qa/calls/" + call);
    browser.waitFor(By.id("recording-audio"));
    assertThat(el("speed-1.5").getRect().getWidth()).isPositive();
    browser.screenshot("qa-call-zh-768");
    browser.size(1280, 900);
    // the two refused forms above are the only failed loads
    assertThat(browser.consoleErrors()).hasSize(2).allSatisfy(e -> assertThat(e).contains("422"));
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }
}
