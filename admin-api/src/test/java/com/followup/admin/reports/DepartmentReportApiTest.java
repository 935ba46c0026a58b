package com.followup.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The department breakdown's hand-over figures against transfers written as the SLA tracker leaves
 * them, on New York's 10 March 2019 (05:00Z to 04:00Z next day), computed by hand.
 */
@MicronautTest(transactional = false)
@Property(name = "followup.reports.zone", value = "America/New_York")
class DepartmentReportApiTest {

  static final String STATION = "RptDeptStation";
  static final String BRANCH = "RptDeptBranch";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject DataSource dataSource;

  Api api;
  String manager;
  ReportDataset data;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    data = new ReportDataset(DelegatingDataSource.unwrapDataSource(dataSource));
    data.clear();
    data.run("DELETE FROM sla_transfer WHERE department IN (?, ?)", STATION, BRANCH);
    // the station: one SLA target met that day, so its row comes from the SLA figures
    data.target(STATION, null, true, "2019-03-10T14:10:00Z");
    // opened to the station: acknowledged after 10 min, resolved after 2 h
    transfer("OPENED", null, STATION, "2019-03-10T14:00:00Z", 600L, 7_200L);
    // opened to the station: acknowledged after 20 min, then passed on to the branch
    transfer("OPENED", null, STATION, "2019-03-10T15:00:00Z", 1_200L, null);
    transfer("PASSED_ON", STATION, BRANCH, "2019-03-10T16:00:00Z", 300L, 3_600L);
    // the customer said it was not resolved: back to the station, not acknowledged yet
    transfer("REOPENED", null, STATION, "2019-03-10T20:00:00Z", null, null);
    // 23:30 on the 9th and 01:00 on the 11th, New York time: other days
    transfer("OPENED", null, STATION, "2019-03-10T04:30:00Z", 60L, 60L);
    transfer("REOPENED", null, STATION, "2019-03-11T06:00:00Z", 60L, 60L);
  }

  private void transfer(
      String reason, String from, String to, String at, Long acknowledgedAfter, Long resolvedAfter)
      throws Exception {
    Instant when = Instant.parse(at);
    data.run(
        "INSERT INTO sla_transfer (ticket_id, reason, from_department, department, transferred_at,"
            + " transferred_by, notified_at, acknowledged_at, resolved_at)"
            + " VALUES (0, ?, ?, ?, ?, 'test', ?, ?, ?)",
        reason,
        from,
        to,
        when,
        when.plusSeconds(1),
        acknowledgedAfter == null ? null : when.plusSeconds(acknowledgedAfter),
        resolvedAfter == null ? null : when.plusSeconds(resolvedAfter));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> departments(String query) throws Exception {
    HttpResponse<String> response = api.send(HttpRequest.GET("/api/reports?" + query), manager);
    assertThat(response.code()).isEqualTo(200);
    Map<String, Object> report = json.readValue(Api.body(response), Map.class);
    return (List<Map<String, Object>>) report.get("breakdown");
  }

  private static Map<String, Object> row(List<Map<String, Object>> rows, String department) {
    List<Map<String, Object>> own =
        rows.stream().filter(r -> department.equals(r.get("department"))).toList();
    assertThat(own).as("rows of %s in %s", department, rows).hasSize(1);
    return own.get(0);
  }

  private static double number(Map<String, Object> m, String key) {
    assertThat(m).containsKey(key);
    return ((Number) m.get(key)).doubleValue();
  }

  @Test
  void each_department_has_its_transfers_times_to_acknowledge_and_resolve_reopened_and_passed_on()
      throws Exception {
    List<Map<String, Object>> rows = departments("period=DAY&date=2019-03-10&by=department");

    Map<String, Object> station = row(rows, STATION);
    assertThat(number(station, "transfers")).isEqualTo(3);
    assertThat(number(station, "acknowledged")).isEqualTo(2);
    assertThat(number(station, "averageSecondsToAcknowledge")).isEqualTo(900);
    assertThat(number(station, "resolved")).isEqualTo(1);
    assertThat(number(station, "averageSecondsToResolve")).isEqualTo(7_200);
    assertThat(number(station, "reopened")).isEqualTo(1);
    assertThat(number(station, "passedOn")).isEqualTo(1);
    // beside its SLA figures
    assertThat(number(station, "slaCompliance")).isEqualTo(1.0);

    // the branch has transfers but no SLA target that day: a row of its own, zero SLA figures
    Map<String, Object> branch = row(rows, BRANCH);
    assertThat(number(branch, "transfers")).isEqualTo(1);
    assertThat(number(branch, "acknowledged")).isEqualTo(1);
    assertThat(number(branch, "averageSecondsToAcknowledge")).isEqualTo(300);
    assertThat(number(branch, "resolved")).isEqualTo(1);
    assertThat(number(branch, "averageSecondsToResolve")).isEqualTo(3_600);
    assertThat(number(branch, "reopened")).isEqualTo(0);
    assertThat(number(branch, "passedOn")).isEqualTo(0);
    assertThat(number(branch, "slaTargetsMet")).isEqualTo(0);

    List<String> order = rows.stream().map(r -> String.valueOf(r.get("department"))).toList();
    assertThat(order).isSorted();
  }

  @Test
  void a_day_without_transfers_counts_none_and_has_no_times() throws Exception {
    data.target(STATION, null, false, "2019-03-12T14:00:00Z");

    Map<String, Object> station =
        row(departments("period=DAY&date=2019-03-12&by=department"), STATION);

    assertThat(number(station, "transfers")).isEqualTo(0);
    assertThat(number(station, "acknowledged")).isEqualTo(0);
    assertThat(station.get("averageSecondsToAcknowledge")).isNull();
    assertThat(station.get("averageSecondsToResolve")).isNull();
    assertThat(number(station, "reopened")).isEqualTo(0);
    assertThat(rows(departments("period=DAY&date=2019-03-12&by=department"), BRANCH)).isZero();
  }

  private static long rows(List<Map<String, Object>> rows, String department) {
    return rows.stream().filter(r -> department.equals(r.get("department"))).count();
  }

  @Test
  void the_week_counts_every_transfer_of_its_days_and_other_breakdowns_leave_them_out()
      throws Exception {
    Map<String, Object> station =
        row(departments("period=WEEK&date=2019-03-10&by=department"), STATION);
    // Monday 4 to Sunday 10 March: the 9th's transfer too, not the 11th's
    assertThat(number(station, "transfers")).isEqualTo(4);
    assertThat(number(station, "reopened")).isEqualTo(1);

    assertThat(departments("period=WEEK&date=2019-03-10&by=dealer"))
        .allSatisfy(r -> assertThat(r).doesNotContainKey("transfers"));
  }

  @Test
  void the_csv_carries_the_same_figures_per_department() throws Exception {
    HttpResponse<byte[]> response =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports?period=DAY&date=2019-03-10&by=department")
                    .accept("text/csv")
                    .bearerAuth(manager),
                byte[].class);
    String text = new String(response.body(), StandardCharsets.UTF_8);

    assertThat(text).contains("breakdown," + STATION + ",transfers,3\r\n");
    assertThat(text).contains("breakdown," + STATION + ",averageSecondsToAcknowledge,900.0\r\n");
    assertThat(text).contains("breakdown," + STATION + ",averageSecondsToResolve,7200.0\r\n");
    assertThat(text).contains("breakdown," + STATION + ",reopened,1\r\n");
    assertThat(text).contains("breakdown," + STATION + ",passedOn,1\r\n");
    assertThat(text).contains("breakdown," + BRANCH + ",transfers,1\r\n");
    assertThat(text).contains("breakdown," + BRANCH + ",averageSecondsToResolve,3600.0\r\n");
  }
}
