package com.followup.admin.reports;

import static com.followup.admin.reports.ReportDataset.AGENT;
import static com.followup.admin.reports.ReportDataset.CAMPAIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a report against a small dataset computed by hand, in New York's zone around its
 * daylight-saving change (Sunday 10 March 2019 has 23 hours: 05:00Z to 04:00Z next day).
 */
@MicronautTest(transactional = false)
@Property(name = "followup.reports.zone", value = "America/New_York")
class ReportApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  @Inject com.followup.dialer.report.DialerReports dialer;

  Api api;
  String manager;
  ReportDataset data;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    data = new ReportDataset(DelegatingDataSource.unwrapDataSource(dataSource));
    data.clear();
    data.campaignCap(0.1);
    // 9 March 23:30 EST: the day before, abandoned (in the 30-day window only)
    data.attempt(
        CAMPAIGN,
        "2019-03-10T04:30:00Z",
        null,
        "PERSON",
        false,
        true,
        "COMPLETED",
        "ABANDONED",
        null,
        null,
        null);
    // 10 March 00:30 EST: completed, satisfied
    data.attempt(
        CAMPAIGN,
        "2019-03-10T05:30:00Z",
        AGENT,
        "PERSON",
        true,
        false,
        "COMPLETED",
        "COMPLETED",
        true,
        100,
        20);
    // a wrong person: a connect, handled, not a right-party contact
    data.attempt(
        CAMPAIGN,
        "2019-03-10T14:00:00Z",
        AGENT,
        "PERSON",
        true,
        false,
        "COMPLETED",
        "WRONG_PERSON",
        null,
        60,
        10);
    // a machine: a dial, not a connect, not in the abandonment denominator
    data.attempt(
        CAMPAIGN,
        "2019-03-10T15:00:00Z",
        null,
        "MACHINE",
        false,
        false,
        "COMPLETED",
        "MACHINE",
        null,
        null,
        null);
    // a person nobody was free for
    data.attempt(
        CAMPAIGN,
        "2019-03-10T16:00:00Z",
        null,
        "PERSON",
        false,
        true,
        "COMPLETED",
        "ABANDONED",
        null,
        null,
        null);
    // could not be placed: no dial
    data.attempt(
        CAMPAIGN,
        "2019-03-10T17:00:00Z",
        null,
        null,
        false,
        false,
        "FAILED",
        "FAILED",
        null,
        null,
        null);
    // 10 March 23:30 EDT, still the 10th; 11 March 00:30 EDT is the 11th
    data.attempt(
        CAMPAIGN,
        "2019-03-11T03:30:00Z",
        null,
        null,
        false,
        false,
        "NO_ANSWER",
        "NO_ANSWER",
        null,
        null,
        null);
    data.attempt(
        CAMPAIGN,
        "2019-03-11T04:30:00Z",
        null,
        null,
        false,
        false,
        "NO_ANSWER",
        "NO_ANSWER",
        null,
        null,
        null);
    // the agent: READY since before the day, two calls, a 30-minute BREAK, off at 20:00Z
    data.state("2019-03-10T04:00:00Z", "READY", null);
    data.state("2019-03-10T05:30:00Z", "ON_CALL", null);
    data.state("2019-03-10T05:32:00Z", "WRAP_UP", null);
    data.state("2019-03-10T05:33:00Z", "READY", null);
    data.state("2019-03-10T12:00:00Z", "PAUSED", "BREAK");
    data.state("2019-03-10T12:30:00Z", "READY", null);
    data.state("2019-03-10T14:00:00Z", "ON_CALL", null);
    data.state("2019-03-10T14:01:00Z", "WRAP_UP", null);
    data.state("2019-03-10T14:02:00Z", "READY", null);
    data.state("2019-03-10T20:00:00Z", "OFFLINE", null);
    // follow-ups: in window, late, a late record's missed step, attempts used up; one next day
    data.followUp("RPT-D1", 1, "COMPLETED", null, "2019-03-10T15:00:00Z", "2019-03-11T00:00:00Z");
    data.followUp("RPT-D1", 2, "COMPLETED", null, "2019-03-10T18:00:00Z", "2019-03-10T17:00:00Z");
    data.followUp(
        "RPT-D2", 1, "MISSED", "LATE_RECORD", "2019-03-10T12:00:00Z", "2019-03-09T12:00:00Z");
    data.followUp(
        "RPT-D1", 1, "MISSED", "ATTEMPT_LIMIT", "2019-03-10T13:00:00Z", "2019-03-10T13:00:00Z");
    data.followUp(
        "RPT-D1", 2, "MISSED", "DEADLINE_PASSED", "2019-03-11T04:30:00Z", "2019-03-11T04:30:00Z");
    // SLA: targets met twice and breached once, two breaches, a re-complaint, review steps
    data.target("RptService", "RPT-D1", true, "2019-03-10T14:00:00Z");
    data.target("RptService", "RPT-D1", false, "2019-03-10T15:00:00Z");
    data.target("RptSales", "RPT-D2", true, "2019-03-10T16:00:00Z");
    data.breach("TRANSFER", "RptService", "RPT-D1", AGENT, "2019-03-10T15:00:00Z");
    data.breach("CALLBACK", "RptSales", "RPT-D2", null, "2019-03-10T16:00:00Z");
    data.recomplaint("RptService", "2019-03-10T19:00:00Z");
    data.reviewStep("REVIEW", "CONFIRMED", "2019-03-10T17:00:00Z");
    data.reviewStep("APPEAL", "APPEALED", "2019-03-10T18:00:00Z");
    data.reviewStep("REVIEW", "EXCUSED", "2019-03-10T19:00:00Z");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> report(String query) throws Exception {
    HttpResponse<String> response = api.send(HttpRequest.GET("/api/reports?" + query), manager);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(Api.body(response), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> campaign(Map<String, Object> report) {
    return ((List<Map<String, Object>>) report.get("byCampaign"))
        .stream().filter(c -> CAMPAIGN.equals(c.get("campaign"))).findFirst().orElseThrow();
  }

  private static double number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  @Test
  void a_day_counts_dials_connects_right_parties_machines_and_abandonment_by_the_centres_day()
      throws Exception {
    Map<String, Object> c = campaign(report("period=DAY&date=2019-03-10"));

    assertThat(number(c, "dials")).isEqualTo(5);
    assertThat(number(c, "connects")).isEqualTo(3);
    assertThat(number(c, "connectRate")).isCloseTo(0.6, within(1e-9));
    assertThat(number(c, "rightPartyContacts")).isEqualTo(1);
    assertThat(number(c, "rightPartyContactRate")).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(number(c, "machineAnswers")).isEqualTo(1);
    assertThat(number(c, "abandoned")).isEqualTo(1);
    assertThat(number(c, "abandonmentRate")).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(number(c, "abandonmentCap")).isEqualTo(0.1);
    assertThat(number(c, "averageTalkSeconds")).isEqualTo(80);
    assertThat(number(c, "averageWrapUpSeconds")).isEqualTo(15);
    assertThat(number(c, "averageHandleSeconds")).isEqualTo(95);
    assertThat(number(c, "satisfaction")).isEqualTo(1.0);
    assertThat(number(c, "abandonmentRate30d")).isCloseTo(0.5, within(1e-9));
    assertThat(c.get("daysOverCap30d")).isEqualTo(List.of("2019-03-09", "2019-03-10"));
  }

  @Test
  void the_agent_who_paused_has_occupancy_calls_per_hour_and_break_time_from_the_state_log()
      throws Exception {
    Map<String, Object> r = report("period=DAY&date=2019-03-10&by=agent");
    @SuppressWarnings("unchecked")
    Map<String, Object> agent =
        ((List<Map<String, Object>>) r.get("breakdown"))
            .stream().filter(a -> AGENT.equals(a.get("agent"))).findFirst().orElseThrow();

    // READY 30 + 387 + 90 + 358 minutes; on calls 3 minutes, wrap-up 2, paused 30
    assertThat(number(agent, "readySeconds")).isEqualTo(51_900);
    assertThat(number(agent, "onCallSeconds")).isEqualTo(180);
    assertThat(number(agent, "wrapUpStateSeconds")).isEqualTo(120);
    assertThat(number(agent, "occupancy")).isCloseTo(300.0 / 52_200, within(1e-9));
    assertThat(number(agent, "callsPerAgentHour")).isCloseTo(2 * 3600.0 / 54_000, within(1e-9));
    assertThat(((Map<?, ?>) agent.get("pauseSecondsByReason")).get("BREAK")).isEqualTo(1800);
    assertThat(number(agent, "slaBreaches")).isEqualTo(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(Map<String, Object> report, String key, String value) {
    return ((List<Map<String, Object>>) report.get("breakdown"))
        .stream().filter(a -> value.equals(a.get(key))).findFirst().orElseThrow();
  }

  @Test
  void a_state_spanning_local_midnight_and_hours_is_split_between_the_days_and_hours()
      throws Exception {
    // READY 23:30 EDT on the 10th, a MEAL from 00:15 to 01:45 on the 11th (03:30Z, 04:15Z, 05:45Z)
    data.state("2019-03-11T03:30:00Z", "READY", null);
    data.state("2019-03-11T04:15:00Z", "PAUSED", "MEAL");
    data.state("2019-03-11T05:45:00Z", "OFFLINE", null);

    Map<String, Object> tenth = row(report("period=DAY&date=2019-03-10&by=agent"), "agent", AGENT);
    Map<String, Object> eleventh =
        row(report("period=DAY&date=2019-03-11&by=agent"), "agent", AGENT);
    Map<String, Object> month =
        row(report("period=MONTH&date=2019-03-01&by=agent"), "agent", AGENT);

    // the 10th: 51,900 s READY as before and the 30 minutes to midnight
    assertThat(number(tenth, "readySeconds")).isEqualTo(53_700);
    assertThat(number(tenth, "pausedSeconds")).isEqualTo(1_800);
    assertThat(number(tenth, "occupancy")).isCloseTo(300.0 / 54_000, within(1e-9));
    assertThat(((Map<?, ?>) tenth.get("pauseSecondsByReason")).get("MEAL")).isEqualTo(0);
    // the 11th: 15 minutes READY, then 90 minutes of MEAL over three UTC hours
    assertThat(number(eleventh, "readySeconds")).isEqualTo(900);
    assertThat(number(eleventh, "onCallSeconds")).isZero();
    assertThat(number(eleventh, "pausedSeconds")).isEqualTo(5_400);
    assertThat(number(eleventh, "loggedInSeconds")).isEqualTo(6_300);
    assertThat(number(eleventh, "occupancy")).isZero();
    assertThat(((Map<?, ?>) eleventh.get("pauseSecondsByReason")).get("MEAL")).isEqualTo(5_400);
    // the month: also the hour READY before midnight EST on the 9th (04:00Z to 05:00Z)
    assertThat(number(month, "readySeconds")).isEqualTo(3_600 + 53_700 + 900);
    assertThat(((Map<?, ?>) month.get("pauseSecondsByReason")).get("BREAK")).isEqualTo(1_800);
    assertThat(((Map<?, ?>) month.get("pauseSecondsByReason")).get("MEAL")).isEqualTo(5_400);
    // and the roll-up holds what the raw log says, to the millisecond
    java.time.Instant from = java.time.Instant.parse("2019-03-01T05:00:00Z");
    java.time.Instant to = java.time.Instant.parse("2019-04-01T04:00:00Z");
    assertThat(dialer.agentTime(from, to).get(AGENT))
        .isEqualTo(dialer.agentTimeFromRawLog(from, to).get(AGENT));
  }

  @Test
  void a_state_entry_written_after_its_hour_was_rolled_up_moves_the_agents_time() throws Exception {
    assertThat(
            number(
                row(report("period=DAY&date=2019-03-10&by=agent"), "agent", AGENT), "readySeconds"))
        .isEqualTo(51_900);

    data.state("2019-03-10T19:00:00Z", "PAUSED", "MEETING");

    Map<String, Object> agent = row(report("period=DAY&date=2019-03-10&by=agent"), "agent", AGENT);
    assertThat(number(agent, "readySeconds")).isEqualTo(48_300);
    assertThat(((Map<?, ?>) agent.get("pauseSecondsByReason")).get("MEETING")).isEqualTo(3_600);
    assertThat(number(agent, "pausedSeconds")).isEqualTo(5_400);
  }

  @Test
  void the_state_still_open_counts_until_now_over_the_hours_rolled_up_and_the_current_one()
      throws Exception {
    java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
    java.time.Instant now =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    java.time.LocalDate today = now.atZone(zone).toLocalDate();
    java.time.Instant midnight = today.atStartOfDay(zone).toInstant();
    java.time.Instant start =
        now.minusSeconds(5_400).isBefore(midnight) ? midnight : now.minusSeconds(5_400);
    data.state(ReportDataset.LIVE_AGENT, start.minusSeconds(7_200), "PAUSED", "TRAINING");
    data.state(ReportDataset.LIVE_AGENT, start, "READY", null);

    long before = java.time.Instant.now().getEpochSecond();
    Map<String, Object> agent =
        row(report("period=DAY&date=" + today + "&by=agent"), "agent", ReportDataset.LIVE_AGENT);
    long after = java.time.Instant.now().getEpochSecond();

    assertThat(number(agent, "readySeconds"))
        .isBetween(
            (double) before - start.getEpochSecond() - 1,
            (double) after - start.getEpochSecond() + 1);
    assertThat(((Map<?, ?>) agent.get("pauseSecondsByReason")).get("TRAINING"))
        .isEqualTo(
            (int)
                java.time.Duration.between(
                        start.minusSeconds(7_200).isBefore(midnight)
                            ? midnight
                            : start.minusSeconds(7_200),
                        start)
                    .toSeconds());
  }

  @Test
  void a_dealer_has_the_call_figures_of_the_attempts_on_its_follow_ups() throws Exception {
    data.attemptsFollowUp(
        data.attempt(
            CAMPAIGN,
            "2019-03-14T14:00:00Z",
            AGENT,
            "PERSON",
            true,
            false,
            "COMPLETED",
            "COMPLETED",
            true,
            100,
            20),
        "RPT-D1");
    data.attemptsFollowUp(
        data.attempt(
            CAMPAIGN,
            "2019-03-14T15:00:00Z",
            null,
            "MACHINE",
            false,
            false,
            "COMPLETED",
            "MACHINE",
            null,
            null,
            null),
        "RPT-D1");
    data.attemptsFollowUp(
        data.attempt(
            CAMPAIGN,
            "2019-03-14T16:00:00Z",
            null,
            null,
            false,
            false,
            "NO_ANSWER",
            "NO_ANSWER",
            null,
            null,
            null),
        "RPT-D2");
    data.attemptsFollowUp(
        data.attempt(
            CAMPAIGN,
            "2019-03-14T16:30:00Z",
            null,
            "PERSON",
            false,
            true,
            "COMPLETED",
            "ABANDONED",
            null,
            null,
            null),
        "RPT-D2");

    Map<String, Object> r = report("period=DAY&date=2019-03-14&by=dealer");
    Map<String, Object> d1 = row(r, "dealer", "RPT-D1");
    Map<String, Object> d2 = row(r, "dealer", "RPT-D2");

    assertThat(number(d1, "dials")).isEqualTo(2);
    assertThat(number(d1, "connects")).isEqualTo(1);
    assertThat(number(d1, "connectRate")).isEqualTo(0.5);
    assertThat(number(d1, "rightPartyContactRate")).isEqualTo(1.0);
    assertThat(number(d1, "machineAnswers")).isEqualTo(1);
    assertThat(number(d1, "abandonmentRate")).isZero();
    assertThat(number(d1, "averageHandleSeconds")).isEqualTo(120);
    assertThat(number(d1, "satisfaction")).isEqualTo(1.0);
    assertThat(number(d2, "dials")).isEqualTo(2);
    assertThat(number(d2, "connects")).isEqualTo(1);
    assertThat(number(d2, "rightPartyContacts")).isZero();
    assertThat(number(d2, "abandonmentRate")).isEqualTo(1.0);
    assertThat(d2.get("averageHandleSeconds")).isNull();
    // the whole day holds the same four dials
    assertThat(number(campaign(r), "dials")).isEqualTo(4);
  }

  @Test
  void follow_ups_count_in_window_late_and_missed_by_cause_per_step_and_dealer() throws Exception {
    Map<String, Object> c = campaign(report("period=DAY&date=2019-03-10&by=dealer"));

    assertThat(number(c, "followupsCompletedInWindow")).isEqualTo(1);
    assertThat(number(c, "followupsCompletedLate")).isEqualTo(1);
    assertThat(number(c, "followupsMissed")).isEqualTo(2);
    assertThat(c.get("followupsMissedByCause"))
        .isEqualTo(Map.of("lateRecord", 1, "attemptsUsedUp", 1, "neverReached", 0));
    assertThat(c.get("followupsByStep"))
        .isEqualTo(
            List.of(
                Map.of(
                    "campaign",
                    CAMPAIGN,
                    "step",
                    1,
                    "completedInWindow",
                    1,
                    "completedLate",
                    0,
                    "missed",
                    2),
                Map.of(
                    "campaign",
                    CAMPAIGN,
                    "step",
                    2,
                    "completedInWindow",
                    0,
                    "completedLate",
                    1,
                    "missed",
                    0)));
  }

  @Test
  void sla_compliance_breaches_recomplaints_and_reviews_are_counted_and_broken_down()
      throws Exception {
    Map<String, Object> r = report("period=DAY&date=2019-03-10&by=department");

    assertThat(number(r, "slaCompliance")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(number(r, "slaBreaches")).isEqualTo(2);
    assertThat(number(r, "recomplaints")).isEqualTo(1);
    assertThat(r.get("slaBreachesByStage")).isEqualTo(Map.of("CALLBACK", 1, "TRANSFER", 1));
    assertThat(r.get("slaBreachesByAgent")).isEqualTo(Map.of("(none)", 1, AGENT, 1));
    assertThat(r.get("qaReviews"))
        .isEqualTo(
            Map.of(
                "confirmed",
                1,
                "excused",
                1,
                "appealed",
                1,
                "appealsConfirmed",
                0,
                "appealsExcused",
                0));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> departments = (List<Map<String, Object>>) r.get("breakdown");
    assertThat(departments)
        .filteredOn(d -> "RptService".equals(d.get("department")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(number(d, "slaCompliance")).isEqualTo(0.5);
              assertThat(number(d, "recomplaints")).isEqualTo(1);
            });
  }

  @Test
  void the_next_day_starts_at_local_midnight_after_the_clock_change() throws Exception {
    Map<String, Object> c = campaign(report("period=DAY&date=2019-03-11"));

    assertThat(number(c, "dials")).isEqualTo(1);
    assertThat(number(c, "followupsMissed")).isEqualTo(1);
    assertThat(((Map<?, ?>) c.get("followupsMissedByCause")).get("neverReached")).isEqualTo(1);
  }

  @Test
  void a_week_and_a_month_hold_every_day_and_an_empty_period_has_no_rates() throws Exception {
    Map<String, Object> week = report("period=WEEK&date=2019-03-10");
    Map<String, Object> month = report("period=month&date=2019-03-31");
    Map<String, Object> empty = report("period=DAY&date=2019-03-20");

    assertThat(week.get("firstDay")).isEqualTo("2019-03-04");
    assertThat(week.get("lastDay")).isEqualTo("2019-03-10");
    assertThat(number(campaign(week), "dials")).isEqualTo(6);
    assertThat(number(campaign(month), "dials")).isEqualTo(7);
    assertThat((List<?>) month.get("days")).hasSize(31);
    assertThat(number(empty, "dials")).isZero();
    assertThat(empty.get("connectRate")).isNull();
    assertThat(empty.get("abandonmentRate")).isNull();
    assertThat(empty.get("occupancy")).isNull();
    assertThat(empty.get("slaCompliance")).isNull();
    // the day had no calls, but its 30-day window still holds the 9th and 10th
    assertThat(number(campaign(empty), "dials")).isZero();
    assertThat(number(campaign(empty), "abandonmentRate30d")).isEqualTo(0.5);
  }

  @Test
  void an_outcome_entered_later_moves_the_rolled_up_figures() throws Exception {
    assertThat(number(campaign(report("period=DAY&date=2019-03-12")), "dials")).isZero();
    long late =
        data.attempt(
            CAMPAIGN,
            "2019-03-12T15:00:00Z",
            AGENT,
            "PERSON",
            true,
            false,
            "COMPLETED",
            null,
            null,
            30,
            5);
    assertThat(number(campaign(report("period=DAY&date=2019-03-12")), "rightPartyContacts"))
        .isZero();

    data.run(
        "UPDATE dialer_call SET outcome = 'COMPLETED', outcome_at = '2019-03-13 10:00:00'"
            + " WHERE attempt_id = ?",
        late);
    data.markStale(java.time.Instant.parse("2019-03-12T15:00:00Z"));

    Map<String, Object> c = campaign(report("period=DAY&date=2019-03-12"));
    assertThat(number(c, "rightPartyContacts")).isEqualTo(1);
    assertThat(number(c, "averageHandleSeconds")).isEqualTo(35);
  }

  @Test
  void csv_has_a_byte_order_mark_and_escapes_cells_that_would_be_formulas() throws Exception {
    data.attempt(
        "=SUM(1)",
        "2019-03-15T15:00:00Z",
        null,
        null,
        false,
        false,
        "NO_ANSWER",
        "NO_ANSWER",
        null,
        null,
        null);
    HttpResponse<byte[]> response =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports?period=DAY&date=2019-03-15")
                    .accept("text/csv")
                    .bearerAuth(manager),
                byte[].class);
    byte[] body = response.body();
    String text = new String(body, StandardCharsets.UTF_8);

    assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
    assertThat(body[0] & 0xFF).isEqualTo(0xEF);
    assertThat(body[1] & 0xFF).isEqualTo(0xBB);
    assertThat(body[2] & 0xFF).isEqualTo(0xBF);
    assertThat(text.substring(1)).startsWith("scope,key,figure,value\r\n");
    assertThat(text).contains("byCampaign,'=SUM(1),dials,1\r\n");
    assertThat(text).doesNotContain(",=SUM");
    assertThat(ReportCsv.cell("-1+2")).isEqualTo("'-1+2");
    assertThat(ReportCsv.cell("@x")).isEqualTo("'@x");
    assertThat(ReportCsv.cell("+1")).isEqualTo("'+1");
    assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
  }

  @Test
  void agents_and_dealers_are_refused_and_bad_input_gets_400() throws Exception {
    String agent = api.userWithRole("AGENT", null);
    String dealer = api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai"));
    String qa = api.userWithRole("QA", null);
    String ok = "/api/reports?period=DAY&date=2019-03-10";

    assertThat(api.send(HttpRequest.GET(ok), agent).code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET(ok), dealer).code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET(ok), qa).code()).isEqualTo(200);
    for (String bad :
        List.of(
            "period=YEAR&date=2019-03-10",
            "period=DAY&date=2019-02-30",
            "period=DAY&date=10.03.2019",
            "date=2019-03-10",
            "period=DAY",
            "period=DAY&date=2019-03-10&by=campaign")) {
      HttpResponse<String> response = api.send(HttpRequest.GET("/api/reports?" + bad), manager);
      assertThat(response.code()).as(bad).isEqualTo(400);
      assertThat(Api.body(response)).as(bad).isNotBlank();
    }
  }
}
