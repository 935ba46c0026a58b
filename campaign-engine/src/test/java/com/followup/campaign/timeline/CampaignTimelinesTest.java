package com.followup.campaign.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CampaignTimelinesTest {

  @Inject CampaignTimelines timelines;

  private static String code() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static CampaignTimeline draft(String code, int... deadlines) {
    List<TimelineStep> steps = new java.util.ArrayList<>();
    int opens = 0;
    for (int i = 0; i < deadlines.length; i++) {
      steps.add(new TimelineStep(i + 1, opens, deadlines[i], 5));
      opens = deadlines[i];
    }
    return new CampaignTimeline(
        code, 0, "Test " + code, "PURCHASE", steps, DefaultCampaigns.RULES, null, null);
  }

  @Test
  void a_new_installation_calls_within_3_10_and_30_days_after_a_purchase_and_3_after_a_repair() {
    CampaignTimeline purchase = timelines.current("purchase").orElseThrow();
    CampaignTimeline repair = timelines.current("repair").orElseThrow();

    assertThat(purchase.steps()).extracting(TimelineStep::deadlineDays).containsExactly(3, 10, 30);
    assertThat(repair.steps()).extracting(TimelineStep::deadlineDays).containsExactly(3);
    assertThat(purchase.callingRules().callingFrom()).isEqualTo(LocalTime.of(9, 0));
    assertThat(purchase.callingRules().callingUntil()).isEqualTo(LocalTime.of(20, 0));
    assertThat(purchase.callingRules().retryAfter("NO_ANSWER")).contains(Duration.ofHours(2));
    assertThat(purchase.callingRules().retryAfter("BUSY")).contains(Duration.ofMinutes(30));
    assertThat(timelines.current())
        .extracting(CampaignTimeline::code)
        .contains("purchase", "repair");
  }

  @Test
  void a_change_is_the_next_version_and_the_earlier_version_stays_as_it_was() {
    String code = code();
    CampaignTimeline first = timelines.revise(draft(code, 3), "manager-1");
    CampaignTimeline holidays =
        new CampaignTimeline(
            code,
            0,
            "Test",
            "PURCHASE",
            List.of(new TimelineStep(1, 0, 5, 4)),
            new CallingRules(
                LocalTime.of(8, 0),
                LocalTime.of(21, 0),
                List.of(LocalDate.of(2027, 1, 1)),
                2,
                4,
                Map.of("BUSY", 10)),
            null,
            null);

    CampaignTimeline second = timelines.revise(holidays, "manager-2");

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(timelines.current(code).orElseThrow()).isEqualTo(second);
    assertThat(timelines.version(code, 1).orElseThrow().steps().get(0).deadlineDays()).isEqualTo(3);
    assertThat(timelines.version(code, 2).orElseThrow().callingRules().holidays())
        .containsExactly(LocalDate.of(2027, 1, 1));
    assertThat(second.createdBy()).isEqualTo("manager-2");
  }

  @Test
  void timelines_that_make_no_sense_are_refused_with_the_reason() {
    assertThatThrownBy(
            () ->
                new CampaignTimeline(
                    "bad",
                    0,
                    "x",
                    null,
                    List.of(new TimelineStep(1, 0, 10, 3), new TimelineStep(2, 0, 3, 3)),
                    DefaultCampaigns.RULES,
                    null,
                    null))
        .hasMessageContaining("step 2 must end after step 1 ends");
    assertThatThrownBy(
            () ->
                new CampaignTimeline(
                    "bad",
                    0,
                    "x",
                    null,
                    List.of(new TimelineStep(2, 0, 3, 3)),
                    DefaultCampaigns.RULES,
                    null,
                    null))
        .hasMessageContaining("numbered 1, 2, 3");
    assertThatThrownBy(() -> new TimelineStep(1, 5, 5, 3))
        .hasMessageContaining("deadlineDays must be after opensAfterDays");
    assertThatThrownBy(
            () ->
                new CallingRules(
                    LocalTime.of(20, 0), LocalTime.of(9, 0), List.of(), 1, 1, Map.of()))
        .hasMessageContaining("callingFrom must be before callingUntil");
    assertThatThrownBy(
            () ->
                new CallingRules(
                    LocalTime.of(9, 0), LocalTime.of(20, 0), List.of(), 1, 1, Map.of("RAIN", 60)))
        .hasMessageContaining("unknown outcome 'RAIN'");
    assertThatThrownBy(
            () ->
                new CampaignTimeline(
                    "Bad Code",
                    0,
                    "x",
                    null,
                    List.of(new TimelineStep(1, 0, 3, 1)),
                    DefaultCampaigns.RULES,
                    null,
                    null))
        .hasMessageContaining("campaign code");
  }
}
