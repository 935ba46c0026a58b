package com.followup.admin.console.manager.reports;

import static com.followup.admin.console.manager.reports.DashboardDataset.AGENT;
import static com.followup.admin.console.manager.reports.DashboardDataset.CAMPAIGN;
import static com.followup.admin.console.manager.reports.DashboardDataset.DEALER_1;
import static com.followup.admin.console.manager.reports.DashboardDataset.DEALER_2;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The KPI dashboard over plain HTTP against a hand-made June 2018 ({@link DashboardDataset}):
 * figures, the 30-day trend, the drill-down links, the CSV, refused filters and roles.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsPagesTest {

  private static final String DAY = "?period=day&date=2018-06-15";

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String manager;
  final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeAll
  void setUp() throws Exception {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    new DashboardDataset(DelegatingDataSource.unwrapDataSource(dataSource)).write();
  }

  @Test
  void a_manager_sees_the_days_headline_figures_with_the_day_over_the_cap_named() throws Exception {
    HttpResponse<String> page = get("/manager/reports" + DAY, manager, "en");

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(figure(html, "fig-dials")).isEqualTo("4");
    assertThat(figure(html, "fig-connect-rate")).isEqualTo("75.0%");
    // an abandoned call reached nobody: a connect, not a right-party contact
    assertThat(figure(html, "fig-rpc-rate")).isEqualTo("33.3%");
    assertThat(figure(html, "fig-abandonment")).isEqualTo("33.3%");
    assertThat(html)
        .contains("class=\"tile over\" id=\"fig-abandonment\"")
        .contains("Cap 3.0%")
        .contains("Over the cap on 2018-06-15");
    assertThat(figure(html, "fig-aht")).isEqualTo("1:35");
    assertThat(figure(html, "fig-satisfaction")).isEqualTo("100.0%");
    assertThat(figure(html, "fig-window")).isEqualTo("1");
    assertThat(html).contains("50.0% of the steps that ended; 1 late, 0 missed");
    assertThat(figure(html, "fig-sla")).isEqualTo("50.0%");
    assertThat(figure(html, "fig-breaches")).isEqualTo("1");
    assertThat(html).contains("Day 2018-06-15 (Asia/Shanghai)");
  }

  @Test
  void the_trend_has_one_point_a_day_over_the_30_days_ending_on_the_chosen_date() throws Exception {
    String html = get("/manager/reports?period=month&date=2018-06-15", manager, "en").body();

    String labels = attribute(html, "trend-connect", "data-labels");
    assertThat(labels).startsWith("[&quot;2018-05-17&quot;").endsWith("&quot;2018-06-15&quot;]");
    assertThat(labels.split(",")).hasSize(30);
    String connect = attribute(html, "trend-connect", "data-values");
    assertThat(connect.split(",")).hasSize(30);
    // 10 June: 1 of 1 answered; 15 June: 3 of 4; every other day had no dial
    assertThat(connect.replace("null,", "")).isEqualTo("[1.0,0.75]");
    assertThat(attribute(html, "trend-abandonment", "data-cap")).isEqualTo("0.03");
    assertThat(attribute(html, "trend-abandonment", "data-values"))
        .endsWith(",0.3333333333333333]");
    assertThat(html)
        .contains("id=\"trend-abandonment-table\"")
        .contains("<td>2018-06-15</td><td class=\"num\"><span>33.3%</span><small> (over the cap)")
        .contains("Trend: the 30 days from 2018-05-17 to 2018-06-15");
    // the 30-day abandonment beside the period's: 1 abandoned of 4 connects, 15 June named
    assertThat(figure(html, "fig-abandonment-30d")).isEqualTo("25.0%");
    // the trend's SLA figures: 15 June one target met and one breached, one breach flagged
    assertThat(attribute(html, "trend-sla", "data-values").replace("null,", "")).isEqualTo("[0.5]");
    assertThat(attribute(html, "trend-breaches", "data-values")).endsWith(",0,1]");
    // 14 June a step missed, 15 June one completed within its window (and one late)
    assertThat(attribute(html, "trend-window", "data-values")).endsWith(",0,0,1]");
    assertThat(html).contains("2018-06-01 to 2018-06-30: over the cap on 2018-06-15");
  }

  @Test
  void a_call_after_midnight_in_the_centres_zone_counts_on_the_next_day() throws Exception {
    String html = get("/manager/reports?period=day&date=2018-06-16", manager, "en").body();

    assertThat(figure(html, "fig-dials")).isEqualTo("1");
    assertThat(figure(html, "fig-connect-rate")).isEqualTo("0.0%");
    assertThat(attribute(html, "trend-dials", "data-values")).endsWith(",1,0,0,0,0,4,1]");
  }

  @Test
  void each_dealer_row_links_to_that_dealers_own_dashboard_for_the_same_period() throws Exception {
    String html = get("/manager/reports" + DAY + "&by=dealer", manager, "en").body();

    assertThat(html)
        .contains(
            "href=\"/manager/reports?period=day&amp;date=2018-06-15&amp;by=dealer&amp;dealer="
                + DEALER_1
                + "\"")
        .contains(
            "hx-get=\"/manager/reports?period=day&amp;date=2018-06-15&amp;by=dealer&amp;dealer="
                + DEALER_2
                + "\"");

    String dealer =
        get("/manager/reports" + DAY + "&by=dealer&dealer=" + DEALER_1, manager, "en").body();
    assertThat(dealer).contains("KPI dashboard: dealer " + DEALER_1);
    assertThat(figure(dealer, "fig-window")).isEqualTo("1");
    assertThat(figure(dealer, "fig-sla")).isEqualTo("100.0%");
    assertThat(figure(dealer, "fig-breaches")).isEqualTo("0");
    assertThat(dealer).doesNotContain("id=\"fig-dials\"", "id=\"fig-connect-rate\"");
    assertThat(dealer).contains("Not recorded per dealer: the call figures");
    assertThat(dealer).contains("id=\"trend-sla\"", "id=\"trend-window\"", "id=\"trend-breaches\"");
    assertThat(dealer).doesNotContain("id=\"trend-connect\"", "id=\"breakdown\"");
    assertThat(dealer)
        .contains(
            "id=\"scope-back\" href=\"/manager/reports?period=day&amp;date=2018-06-15&amp;by=dealer\"")
        .contains("type=\"hidden\" name=\"dealer\" value=\"" + DEALER_1 + "\"");

    String other = get("/manager/reports" + DAY + "&dealer=" + DEALER_2, manager, "en").body();
    assertThat(figure(other, "fig-window")).isEqualTo("0");
    assertThat(figure(other, "fig-sla")).isEqualTo("0.0%");
    assertThat(figure(other, "fig-breaches")).isEqualTo("1");
  }

  @Test
  void an_agents_dashboard_counts_that_agents_calls_and_the_breaches_they_own() throws Exception {
    String rows = get("/manager/reports" + DAY + "&by=agent", manager, "en").body();
    assertThat(rows).contains("&amp;by=agent&amp;agent=" + AGENT + "\"");

    String html = get("/manager/reports" + DAY + "&by=agent&agent=" + AGENT, manager, "en").body();
    assertThat(figure(html, "fig-dials")).isEqualTo("2");
    assertThat(figure(html, "fig-connect-rate")).isEqualTo("100.0%");
    assertThat(figure(html, "fig-rpc-rate")).isEqualTo("50.0%");
    assertThat(figure(html, "fig-breaches")).isEqualTo("1");
    assertThat(html)
        .contains("Not recorded per agent: abandonment")
        .doesNotContain("id=\"fig-abandonment\"", "id=\"fig-sla\"", "id=\"trend-abandonment\"");
  }

  @Test
  void a_campaigns_dashboard_holds_its_calls_and_steps_to_its_own_cap() throws Exception {
    String html = get("/manager/reports" + DAY + "&campaign=" + CAMPAIGN, manager, "en").body();

    assertThat(html).contains("KPI dashboard: campaign " + CAMPAIGN);
    assertThat(figure(html, "fig-dials")).isEqualTo("4");
    assertThat(figure(html, "fig-abandonment")).isEqualTo("33.3%");
    assertThat(figure(html, "fig-window")).isEqualTo("1");
    assertThat(html)
        .contains("Not recorded per campaign: occupancy", "id=\"trend-abandonment\"")
        .doesNotContain("id=\"fig-sla\"", "id=\"fig-occupancy\"");
  }

  @Test
  void an_htmx_request_gets_the_dashboard_alone_and_a_history_restore_the_whole_page()
      throws Exception {
    HttpResponse<String> fragment =
        send(
            request("/manager/reports" + DAY + "&by=dealer", manager, "en")
                .header("HX-Request", "true"));
    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body().strip())
        .startsWith("<div id=\"dashboard\">")
        .doesNotContain("<html");
    assertThat(fragment.body()).contains("id=\"breakdown\" data-by=\"dealer\"");

    HttpResponse<String> restore =
        send(
            request("/manager/reports" + DAY, manager, "en")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"));
    assertThat(restore.body()).contains("<html", "/assets/reports.js");
  }

  @Test
  void refused_filters_get_a_400_that_says_why() throws Exception {
    HttpResponse<String> period =
        get("/manager/reports?period=year&date=2018-06-15", manager, "en");
    assertThat(period.statusCode()).isEqualTo(400);
    assertThat(period.body()).contains("id=\"report-error\"", "Choose a day, a week or a month.");
    assertThat(period.body())
        .contains("id=\"report-period\" name=\"period\" aria-invalid=\"true\"");

    assertThat(get("/manager/reports?period=day&date=2018-13-40", manager, "en").body())
        .contains("Give the date as YYYY-MM-DD");
    assertThat(get("/manager/reports" + DAY + "&by=department", manager, "en").statusCode())
        .isEqualTo(400);
    HttpResponse<String> two =
        get("/manager/reports" + DAY + "&dealer=A&agent=B", manager, "zh-CN");
    assertThat(two.statusCode()).isEqualTo(400);
    assertThat(two.body()).contains("一次只能查看一个活动、一个经销商或一个坐席");
    HttpResponse<String> csv = get("/manager/reports/csv?period=day&date=15.6.2018", manager, "en");
    assertThat(csv.statusCode()).isEqualTo(400);
    assertThat(csv.body()).contains("date must be YYYY-MM-DD");
  }

  @Test
  void the_csv_is_the_apis_csv_of_the_same_report_with_the_trend_after_it() throws Exception {
    HttpResponse<byte[]> console =
        http.send(
            request("/manager/reports/csv" + DAY + "&by=dealer", manager, "en").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> api =
        http.send(
            request("/api/reports?period=DAY&date=2018-06-15&by=dealer", manager, "en")
                .header("Accept", "text/csv")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(console.headers().firstValue("Content-Disposition").orElse(""))
        .contains("report-day-2018-06-15.csv");
    byte[] bytes = console.body();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith(new String(api.body(), StandardCharsets.UTF_8));
    assertThat(text)
        .contains("\r\nreport,,dials,4\r\n")
        .contains("\r\nbreakdown," + DEALER_1 + ",followupsCompletedInWindow,1\r\n")
        .contains("\r\ntrend30d,2018-06-15,connectRate,0.75\r\n")
        .contains("\r\ntrend30d,2018-05-17,dials,0\r\n");

    String dealer = get("/manager/reports/csv" + DAY + "&dealer=" + DEALER_2, manager, "en").body();
    assertThat(dealer).contains("report,,dealer," + DEALER_2, "report,,slaBreaches,1");
    assertThat(dealer).doesNotContain("report,,dials,");
  }

  @Test
  void the_dashboard_speaks_chinese_to_a_chinese_browser() throws Exception {
    String html = get("/manager/reports" + DAY, manager, "zh-CN").body();

    assertThat(html).contains("KPI 仪表盘", "接通率", "下载 CSV", "超过上限的日子：2018-06-15");
  }

  @Test
  void other_roles_get_the_403_page_and_nobody_signed_out_gets_in() throws Exception {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    for (String token :
        new String[] {
          api.userWithRole("AGENT", null),
          api.userWithRole("QA", null),
          api.userWithRole("DEALER", dealer),
          api.adminToken()
        }) {
      HttpResponse<String> page = get("/manager/reports" + DAY, token, "en");
      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.body()).contains("<html").doesNotContain("id=\"fig-dials\"");
      assertThat(get("/manager/reports/csv" + DAY, token, "en").statusCode()).isEqualTo(403);
    }
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/manager/reports" + DAY)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).contains("/");
  }

  @Test
  void the_manager_home_links_to_the_dashboard() throws Exception {
    assertThat(get("/manager", manager, "en").body())
        .contains("href=\"/manager/reports\" id=\"link-reports\"");
  }

  /** The big number of a headline tile. */
  private static String figure(String html, String id) {
    Matcher m =
        Pattern.compile("id=\"" + id + "\"[^>]*><small>[^<]*</small><strong>([^<]*)</strong>")
            .matcher(html);
    assertThat(m.find()).as("tile " + id).isTrue();
    return m.group(1);
  }

  private static String attribute(String html, String id, String name) {
    Matcher tag = Pattern.compile("<canvas id=\"" + id + "\"[^>]*>").matcher(html);
    assertThat(tag.find()).as("canvas " + id).isTrue();
    Matcher value = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(tag.group());
    assertThat(value.find()).as(name + " of " + id).isTrue();
    return value.group(1);
  }

  private HttpRequest.Builder request(String path, String token, String language) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .header("Authorization", "Bearer " + token)
        .header("Accept-Language", language);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token, String language) throws Exception {
    return send(request(path, token, language));
  }
}
