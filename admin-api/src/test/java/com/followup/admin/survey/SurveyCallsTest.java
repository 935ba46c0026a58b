package com.followup.admin.survey;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Survey calls end to end in simulator mode: the real upload, dispatcher, gate, survey loop,
 * conversation and settlement on MariaDB; the simulator's customers answer as scripted per number.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyCallsTest implements TestPropertyProvider {

  static final Duration SURVEYED = Duration.ofSeconds(40);

  final String satisfied = Api.freshMobile();
  final String unhappy = Api.freshMobile();
  final String silent = Api.freshMobile();
  final String wantsAnAgent = Api.freshMobile();
  final String machine = Api.freshMobile();

  @Inject Floor floor;
  @Inject CampaignTimelines timelines;
  SurveyCampaign campaign;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "followup.telephony.simulator.survey.answers",
        String.join(
            ",",
            "+86" + satisfied + "=1 1",
            "+86" + unhappy + "=2 1",
            "+86" + silent + "=- -",
            "+86" + wantsAnAgent + "=1 0",
            "+86" + machine + "=machine"),
        "followup.telephony.simulator.survey.answer-seconds",
        "1",
        "followup.survey.tick",
        "200ms");
  }

  @BeforeEach
  void aSurveyCampaign() {
    floor.clearTheFloor();
    campaign = new SurveyCampaign(timelines);
    campaign.start();
  }

  @AfterEach
  void theCampaignGetsItsStepsBack() {
    campaign.end();
    floor.clearTheFloor();
  }

  private Map<String, Object> settled(String recordId) throws InterruptedException {
    return await(
        () -> floor.followUps(recordId).get(0),
        f ->
            f.get("status").equals("COMPLETED")
                || ((Number) f.get("attempts")).intValue() > 0
                    && !"DIALING".equals(f.get("status")),
        SURVEYED);
  }

  private long tickets(Object followUpId) {
    return Long.parseLong(
        floor.value(
            "SELECT COUNT(*) FROM sla_ticket WHERE ticket_type = 'PROBLEM' AND follow_up_id = "
                + followUpId));
  }

  private String outcomes(Object followUpId) {
    return floor.value(
        "SELECT GROUP_CONCAT(outcome ORDER BY created_at) FROM dialer_call WHERE follow_up_id = "
            + followUpId);
  }

  @Test
  void aSatisfiedCustomersAnswersAreStoredAndTheSurveyStepCompletes() throws Exception {
    floor.upload("SUR-1", satisfied);

    Map<String, Object> step = settled("SUR-1");

    assertThat(step).containsEntry("status", "COMPLETED").containsEntry("channel", "VOICE_SURVEY");
    assertThat(step.get("answers"))
        .isEqualTo(
            List.of(
                Map.of("question", "satisfaction", "answer", "SATISFIED"),
                Map.of("question", "recommend", "answer", "YES")));
    assertThat(tickets(step.get("id"))).isZero();
    assertThat(outcomes(step.get("id"))).isEqualTo("COMPLETED");
  }

  @Test
  void aNotSatisfiedAnswerOpensOneProblemTicketNamingTheAnswer() throws Exception {
    floor.upload("SUR-2", unhappy);

    Map<String, Object> step = settled("SUR-2");

    assertThat(step).containsEntry("status", "COMPLETED");
    assertThat(tickets(step.get("id"))).isEqualTo(1);
    assertThat(
            floor.value(
                "SELECT CONCAT(department, '|', opened_by, '|', summary) FROM sla_ticket"
                    + " WHERE follow_up_id = "
                    + step.get("id")))
        .startsWith("Customer service|survey|")
        .contains("Not satisfied (NOT_SATISFIED, key 2)");
    assertThat(
            floor.value(
                "SELECT COUNT(*) FROM survey_answer WHERE ticket_id IS NOT NULL AND follow_up_id = "
                    + step.get("id")))
        .isEqualTo("1");
  }

  @Test
  void noInputTwiceEndsTheCallAndTheStepIsRetriedAsNoAnswer() throws Exception {
    floor.upload("SUR-3", silent);

    Map<String, Object> step = settled("SUR-3");

    assertThat(step.get("status")).isIn("SCHEDULED", "DUE");
    assertThat(step.get("attempts")).isEqualTo(1);
    assertThat(step.get("answers")).isEqualTo(List.of());
    assertThat(outcomes(step.get("id"))).isEqualTo("NO_ANSWER");
  }

  @Test
  void anAnsweringMachineIsHungUpAndTheStepIsRetriedAsMachine() throws Exception {
    floor.upload("SUR-4", machine);

    Map<String, Object> step = settled("SUR-4");

    assertThat(outcomes(step.get("id"))).isEqualTo("MACHINE");
    assertThat(step.get("answers")).isEqualTo(List.of());
  }

  @Test
  void pressingZeroPutsTheCustomerThroughToAReadyAgent() throws Exception {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    floor.upload("SUR-5", wantsAnAgent);

    Map<String, Object> call =
        await(() -> floor.callShown(agent), c -> "CONNECTED".equals(c.get("stage")), SURVEYED);
    assertThat(call)
        .containsEntry("channel", "VOICE_SURVEY")
        .containsEntry(
            "surveyAnswers", List.of(Map.of("question", "satisfaction", "answer", "SATISFIED")));
    assertThat(floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true}").code())
        .isEqualTo(200);

    Map<String, Object> step = settled("SUR-5");
    assertThat(step).containsEntry("status", "COMPLETED");
    assertThat(outcomes(step.get("id"))).isEqualTo("COMPLETED");
    assertThat(floor.value("SELECT agent FROM dialer_call WHERE follow_up_id = " + step.get("id")))
        .isNotNull();
  }

  @Test
  void pressingZeroWithNoAgentReadyPlaysTheAbandonMessageAndCountsAsAbandoned() throws Exception {
    floor.upload("SUR-6", wantsAnAgent);

    Map<String, Object> step = settled("SUR-6");

    assertThat(outcomes(step.get("id"))).isEqualTo("ABANDONED");
    assertThat(
            floor.value(
                "SELECT COUNT(*) FROM call_attempt a JOIN dialer_call d ON d.attempt_id = a.id"
                    + " WHERE a.abandoned_at IS NOT NULL AND d.follow_up_id = "
                    + step.get("id")))
        .isEqualTo("1");
  }

  @Test
  void theReportCountsTheAnswersPerQuestion() throws Exception {
    String manager = floor.api.userWithRole("MANAGER", null);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    floor.upload("SUR-7", satisfied);
    settled("SUR-7");

    Map<String, Object> report =
        floor.sla.map(
            floor.api.send(HttpRequest.GET("/api/reports?period=DAY&date=" + today), manager));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> campaigns = (List<Map<String, Object>>) report.get("byCampaign");
    Map<String, Object> purchase =
        campaigns.stream()
            .filter(c -> "purchase".equals(c.get("campaign")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> survey = (List<Map<String, Object>>) purchase.get("survey");
    Map<String, Object> satisfaction =
        survey.stream()
            .filter(q -> "satisfaction".equals(q.get("question")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) satisfaction.get("answered")).longValue()).isPositive();
    assertThat(satisfaction.get("answers").toString()).contains("SATISFIED");
    String csv =
        Api.body(
            floor.api.send(
                HttpRequest.GET("/api/reports?period=DAY&date=" + today).accept("text/csv"),
                manager));
    assertThat(csv).contains("byCampaign/survey/answers,purchase satisfaction SATISFIED,count,");
    String dashboard =
        Api.body(
            floor.api.send(
                HttpRequest.GET("/manager/reports?period=day&date=" + today)
                    .header("Accept-Language", "en")
                    .accept("text/html"),
                manager));
    assertThat(dashboard)
        .contains("Survey answers")
        .contains(
            "data-campaign=\"purchase\" data-question=\"satisfaction\" data-answer=\"SATISFIED\"");
  }
}
