package com.followup.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.followup.admin.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QA's figures in the agents' breakdown of a report, against evaluations written straight into
 * {@code qa_evaluation} as the evaluation code leaves them. The day is 15 June 2017 in the centre's
 * zone (Asia/Shanghai, +08:00): from 2017-06-14T16:00Z to 2017-06-15T16:00Z.
 */
@MicronautTest(transactional = false)
class ReportQaFiguresApiTest {

  static final String ANN = "qa14-rpt-ann";
  static final String BO = "qa14-rpt-bo";
  static final long FIRST_ID = 9_140_000_000L;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject DataSource dataSource;

  Api api;
  String manager;
  DataSource db;
  long id = FIRST_ID;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    db = DelegatingDataSource.unwrapDataSource(dataSource);
    run("DELETE FROM qa_evaluation WHERE agent IN (?, ?)", ANN, BO);
    run(
        "DELETE FROM dialer_call WHERE attempt_id >= ? AND attempt_id < ?",
        FIRST_ID,
        FIRST_ID + 1000);
    run("DELETE FROM call_attempt WHERE id >= ? AND id < ?", FIRST_ID, FIRST_ID + 1000);

    // Ann, in the day: a clean call, one without the standard phrases, a critical failure that
    // also gave a wrong answer; a calibration score and one the next day do not count
    evaluation(ANN, "qa-1", false, 90, false, false, false, "2017-06-14T16:00:00Z");
    evaluation(ANN, "qa-1", false, 60, false, true, false, "2017-06-15T03:00:00Z");
    evaluation(ANN, "qa-2", false, 0, true, false, true, "2017-06-15T15:59:59Z");
    evaluation(ANN, "qa-3", true, 10, true, true, true, "2017-06-15T04:00:00Z");
    evaluation(ANN, "qa-1", false, 10, true, true, true, "2017-06-15T16:00:00Z");
    // Bo made a call that day, but was evaluated only the day before
    attempt(BO, "2017-06-15T02:00:00Z");
    evaluation(BO, "qa-1", false, 40, true, true, true, "2017-06-14T15:59:59Z");
  }

  @Test
  void theAgentsBreakdownCarriesQasFiguresOfTheEvaluationsThatCountInThePeriod() throws Exception {
    Map<String, Object> ann = row(report(), ANN);

    assertThat(ann.get("auditedCalls")).isEqualTo(3);
    assertThat(((Number) ann.get("averageScore")).doubleValue()).isEqualTo(50.0);
    assertThat(ann.get("criticalFailures")).isEqualTo(1);
    // (one call without the standard phrases + one with a wrong answer) / 3 audited
    assertThat(((Number) ann.get("errorRate")).doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void anAgentWithoutEvaluationsInThePeriodHasNoQaFigures() throws Exception {
    Map<String, Object> bo = row(report(), BO);

    assertThat(bo.get("dials")).isEqualTo(1);
    assertThat(bo).doesNotContainKeys("auditedCalls", "averageScore", "criticalFailures");
    assertThat(bo).doesNotContainKey("errorRate");
  }

  @Test
  void theCsvHasTheQaFiguresOfTheAgentsThatWereEvaluatedOnly() throws Exception {
    HttpResponse<byte[]> response =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports?period=DAY&date=2017-06-15&by=agent")
                    .accept("text/csv")
                    .bearerAuth(manager),
                byte[].class);
    String csv = new String(response.body(), StandardCharsets.UTF_8);

    assertThat(csv)
        .contains("breakdown," + ANN + ",auditedCalls,3\r\n")
        .contains("breakdown," + ANN + ",averageScore,50.0\r\n")
        .contains("breakdown," + ANN + ",criticalFailures,1\r\n")
        .contains("breakdown," + ANN + ",errorRate,0.6666666666666666\r\n")
        .contains("breakdown," + BO + ",dials,1\r\n")
        .doesNotContain("breakdown," + BO + ",auditedCalls")
        .doesNotContain("breakdown," + BO + ",errorRate");
  }

  @Test
  void theManagersAgentBreakdownShowsTheQaFiguresAndADashWhereThereAreNone() throws Exception {
    HttpResponse<String> page =
        api.send(
            HttpRequest.GET("/manager/reports?period=day&date=2017-06-15&by=agent")
                .header("Accept-Language", "en"),
            manager);
    String html = Api.body(page);

    assertThat(page.code()).isEqualTo(200);
    assertThat(html)
        .contains("Audited calls", "Average QA score", "Critical failures", "Error rate");
    // the last four columns: audited calls, average score, critical failures, error rate
    assertThat(lastCells(html, ANN)).containsExactly("3", "50", "1", "66.7%");
    assertThat(lastCells(html, BO)).containsExactly("—", "—", "—", "—");
  }

  private static List<String> lastCells(String html, String agent) {
    int from = html.indexOf("data-key=\"" + agent + "\"");
    assertThat(from).as("row of " + agent).isPositive();
    String row = html.substring(from, html.indexOf("</tr>", from));
    java.util.regex.Matcher cell =
        java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row);
    java.util.List<String> cells = new java.util.ArrayList<>();
    while (cell.find()) {
      cells.add(cell.group(1));
    }
    return cells.subList(cells.size() - 4, cells.size());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> report() throws Exception {
    HttpResponse<String> response =
        api.send(HttpRequest.GET("/api/reports?period=DAY&date=2017-06-15&by=agent"), manager);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(Api.body(response), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(Map<String, Object> report, String agent) {
    return ((List<Map<String, Object>>) report.get("breakdown"))
        .stream().filter(a -> agent.equals(a.get("agent"))).findFirst().orElseThrow();
  }

  private void evaluation(
      String agent,
      String evaluator,
      boolean calibration,
      double score,
      boolean failedCritical,
      boolean missedPhrases,
      boolean wrongAnswer,
      String at)
      throws SQLException {
    run(
        "INSERT INTO qa_evaluation (attempt_id, agent, campaign, form_code, form_version,"
            + " evaluator, calibration, score, failed_critical, missed_phrases, wrong_answer,"
            + " results, status, evaluated_at)"
            + " VALUES (?, ?, 'RPT_QA14', 'qa14-form', 1, ?, ?, ?, ?, ?, ?, '[]', 'SUBMITTED', ?)",
        ++id,
        agent,
        evaluator,
        calibration,
        score,
        failedCritical,
        missedPhrases,
        wrongAnswer,
        Instant.parse(at));
  }

  /** A call the agent talked on, and its hour marked for the dialer's roll-up. */
  private void attempt(String agent, String placedAt) throws SQLException {
    long attempt = ++id;
    Instant placed = Instant.parse(placedAt);
    run(
        "INSERT INTO call_attempt (id, follow_up_id, campaign, phone, telephony_mode,"
            + " machine_behaviour, stage, agent, placed_at, answered_at, bridged_at, ended_at,"
            + " outcome, amd_result, talk_seconds, wrap_up_seconds)"
            + " VALUES (?, ?, 'RPT_QA14', '+15550100', 'SIMULATOR', 'HANG_UP', 4, ?, ?, ?, ?, ?,"
            + " 'COMPLETED', 'PERSON', 60, 10)",
        attempt,
        attempt,
        agent,
        placed,
        placed.plusSeconds(5),
        placed.plusSeconds(6),
        placed.plusSeconds(66));
    run(
        "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
            + " preview, placed, created_at, outcome, outcome_at)"
            + " VALUES (?, ?, 'RPT_QA14', '+15550100', '{}', ?, FALSE, TRUE, ?, 'COMPLETED', ?)",
        attempt,
        attempt,
        agent,
        placed,
        placed.plusSeconds(80));
    run(
        "INSERT IGNORE INTO dialer_report_stale (hour_start) VALUES (?)",
        placed.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
  }

  private void run(String sql, Object... values) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        s.setObject(
            i + 1, v instanceof Instant at ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : v);
      }
      s.executeUpdate();
    }
  }
}
