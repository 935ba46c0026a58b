package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.forecast.CallableFollowUps;
import com.followup.campaign.forecast.CallableGroup;
import com.followup.campaign.ingest.RecordUpload;
import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.ingest.UploadSummary;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.InvalidTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineStep;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automated steps (texts here) through the real upload, dispatcher, gate and queue on MariaDB: they
 * go to their own channel's queue, reach only consenting customers unless the campaign is exempt,
 * stop for an opt-out, and wait for calling hours like calls. The repair campaign is turned into a
 * one-text campaign for each test and given its steps back afterwards.
 */
@MicronautTest(transactional = false)
class AutomatedStepsTest {

  static final Instant NINE_AM = Instant.parse("2026-11-20T01:00:00Z"); // Shanghai
  static final String HEADER =
      "record_type,record_id,event_time,customer_name,phone,timezone,consent\n";

  @Inject DispatchFixture fixture;
  @Inject RecordUpload upload;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;
  @Inject CampaignTimelines timelines;
  @Inject OptOuts optOuts;
  @Inject CallableFollowUps callable;

  String dealer;
  String phone;
  CampaignTimeline before;

  @BeforeEach
  void setUp() {
    fixture.clock.set(NINE_AM);
    dealer = fixture.newDealer();
    phone = "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    before = timelines.current("repair").orElseThrow();
  }

  @AfterEach
  void giveTheRepairCampaignItsStepsBack() {
    CampaignTimeline now = timelines.current("repair").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            now.code(),
            now.version(),
            before.name(),
            before.recordType(),
            before.steps(),
            before.callingRules(),
            null,
            null,
            before.consentExemption()),
        "test");
  }

  private void textCampaign(String exemption) {
    CampaignTimeline now = timelines.current("repair").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            "repair",
            now.version(),
            "After repair",
            "REPAIR",
            List.of(
                new TimelineStep(
                    1, 0, 3, 2, StepChannel.SMS, Map.of("en", "Thank you", "zh", "感谢您的信任"))),
            now.callingRules(),
            null,
            null,
            exemption),
        "test");
  }

  private UploadSummary repair(String recordId, String consent) {
    String row =
        "REPAIR," + recordId + ",2026-11-19 15:00,Ann," + phone + ",Asia/Shanghai," + consent;
    return upload.upload(
        dealer,
        UploadFormat.CSV,
        new ByteArrayInputStream((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        "test");
  }

  private List<CallToPlace> texts() {
    return queue.take("repair", StepChannel.SMS, 10_000).stream()
        .filter(t -> t.dealerCode().equals(dealer))
        .toList();
  }

  @Test
  void aConsentingCustomersTextGoesToTheTextQueueNotToTheAgentsDialer() {
    textCampaign(null);
    repair("T-1", "yes");
    fixture.drain();

    assertThat(fixture.only(dealer, "T-1").channel()).isEqualTo(StepChannel.SMS);
    assertThat(queue.waiting("repair", StepChannel.SMS)).isPositive();
    assertThat(queue.take("repair", 10_000)).noneMatch(call -> call.dealerCode().equals(dealer));
    CallToPlace text = texts().get(0);
    assertThat(text.channel()).isEqualTo(StepChannel.SMS);
    assertThat(text.language()).isEqualTo("zh");
    assertThat(text.recordId()).isEqualTo("T-1");

    OutcomeResult delivered = outcomes.record(text.followUpId(), CallOutcome.COMPLETED, null);
    assertThat(delivered.status()).isEqualTo("COMPLETED");
  }

  @Test
  void aCustomerWhoDidNotConsentGetsNoTextAndTheStepSaysWhy() {
    textCampaign(null);
    repair("T-2", "no");
    repair("T-3", ""); // not said counts as no
    fixture.drain();

    assertThat(texts()).isEmpty();
    for (String id : List.of("T-2", "T-3")) {
      FollowUpView step = fixture.only(dealer, id);
      assertThat(step.status()).isEqualTo("CANCELLED");
      assertThat(fixture.history(step.id())).contains("CANCELLED:NO_CONSENT");
    }
  }

  @Test
  void aTextThatMayNotBeSentLeavesTheAgentsCallAfterItToBeMade() {
    CampaignTimeline now = timelines.current("repair").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            "repair",
            now.version(),
            "After repair",
            "REPAIR",
            List.of(
                new TimelineStep(1, 0, 1, 2, StepChannel.SMS, Map.of("en", "Thank you")),
                new TimelineStep(2, 1, 3, 6)),
            now.callingRules(),
            null,
            null,
            null),
        "test");
    repair("T-9", "no");
    fixture.drain();

    assertThat(fixture.fixtureStatuses(dealer, "T-9")).containsExactly("CANCELLED", "SCHEDULED");
    FollowUpView call = fixture.only(dealer, "T-9");
    assertThat(call.channel()).isEqualTo(StepChannel.AGENT);
    assertThat(call.step()).isEqualTo(2);
  }

  @Test
  void anExemptCampaignTextsCustomersWithoutConsent() {
    textCampaign("Repair completion notice: informational, no marketing");
    repair("T-4", "no");
    fixture.drain();

    assertThat(texts()).extracting(CallToPlace::recordId).containsExactly("T-4");
  }

  @Test
  void aNumberThatOptedOutOfTextsHasItsWaitingTextCancelled() {
    textCampaign(null);
    repair("T-5", "是");
    fixture.drain();
    assertThat(fixture.only(dealer, "T-5").status()).isEqualTo("DUE");

    optOuts.optOut("+86" + phone, StepChannel.SMS, "SMS_REPLY", "STOP");
    optOuts.optOut("+86" + phone, StepChannel.SMS, "CARRIER", "21610"); // the first one stays

    assertThat(texts()).isEmpty();
    FollowUpView step = fixture.only(dealer, "T-5");
    assertThat(step.status()).isEqualTo("CANCELLED");
    assertThat(fixture.history(step.id())).contains("CANCELLED:OPTED_OUT");
    assertThat(optOuts.of("+86" + phone))
        .singleElement()
        .satisfies(o -> assertThat(o.source()).isEqualTo("SMS_REPLY"));
    assertThat(optOuts.optIn("+86" + phone, StepChannel.SMS)).isTrue();
    assertThat(optOuts.of("+86" + phone)).isEmpty();
  }

  @Test
  void aTextDueAtElevenAtNightLocalWaitsForCallingHours() {
    textCampaign(null);
    fixture.clock.set(Instant.parse("2026-11-20T15:00:00Z")); // 23:00 in Shanghai
    repair("T-6", "yes");
    fixture.drain();

    assertThat(texts()).isEmpty();
    FollowUpView step = fixture.only(dealer, "T-6");
    assertThat(step.status()).isEqualTo("SCHEDULED");
    assertThat(step.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));

    fixture.clock.set(Instant.parse("2026-11-21T01:00:00Z"));
    fixture.drain();
    assertThat(texts()).extracting(CallToPlace::recordId).containsExactly("T-6");
  }

  @Test
  void aWaitingTextIsNotCountedInTheAgentsStaffingForecast() {
    textCampaign(null);
    fixture.clock.set(Instant.parse("2026-11-20T15:00:00Z"));
    Instant from = Instant.parse("2026-11-20T15:00:00Z");
    long before = repairCallsForecast(from);
    repair("T-8", "yes");
    fixture.drain();

    assertThat(fixture.only(dealer, "T-8").status()).isEqualTo("SCHEDULED");
    assertThat(repairCallsForecast(from)).isEqualTo(before);
  }

  private long repairCallsForecast(Instant from) {
    return callable.fromRows(from, from.plus(java.time.Duration.ofDays(7))).stream()
        .filter(g -> g.campaign().equals("repair"))
        .mapToLong(CallableGroup::followUps)
        .sum();
  }

  @Test
  void aConsentValueThatIsNeitherYesNorNoRejectsOnlyItsRow() {
    UploadSummary summary = repair("T-7", "maybe");

    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.column()).isEqualTo("consent");
              assertThat(e.message()).contains("yes or no");
            });
  }

  @Test
  void aTextStepNeedsItsTextAndOnlyATextStepHasOne() {
    assertThatThrownBy(() -> new TimelineStep(1, 0, 3, 2, StepChannel.SMS, Map.of("en", " ")))
        .isInstanceOf(InvalidTimeline.class)
        .hasMessageContaining("needs its text");
    assertThatThrownBy(() -> new TimelineStep(1, 0, 3, 2, StepChannel.AGENT, Map.of("en", "Hi")))
        .isInstanceOf(InvalidTimeline.class)
        .hasMessageContaining("only an SMS step");
    assertThatThrownBy(() -> new TimelineStep(1, 0, 3, 2, StepChannel.SMS, Map.of("fr", "Salut")))
        .isInstanceOf(InvalidTimeline.class)
        .hasMessageContaining("en or zh");
    assertThat(new TimelineStep(1, 0, 3, 2, null, null).channel()).isEqualTo(StepChannel.AGENT);
  }
}
