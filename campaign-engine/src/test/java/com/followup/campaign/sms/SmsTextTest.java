package com.followup.campaign.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineCheck;
import com.followup.campaign.timeline.TimelineStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segment counting (GSM-7 and UCS-2) and templates with the record's values. */
class SmsTextTest {

  @Test
  void aShortEnglishTextIsOneGsmSegment() {
    SmsSegments s = SmsSegments.of("Hello Ann, your repair is done. Questions? Call 400-800-1234.");

    assertThat(s.encoding()).isEqualTo("GSM-7");
    assertThat(s.characters()).isEqualTo(61);
    assertThat(s.units()).isEqualTo(61);
    assertThat(s.segments()).isEqualTo(1);
  }

  @Test
  void englishTextSplitsAt160Then153Septets() {
    assertThat(SmsSegments.of("a".repeat(160)).segments()).isEqualTo(1);
    assertThat(SmsSegments.of("a".repeat(161)).segments()).isEqualTo(2);
    assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
    assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
  }

  @Test
  void gsmExtensionCharactersTakeTwoSeptets() {
    SmsSegments s = SmsSegments.of("Price: 10€ [incl. {tax}] ~^|\\");

    assertThat(s.encoding()).isEqualTo("GSM-7");
    assertThat(s.characters()).isEqualTo(29);
    assertThat(s.units()).isEqualTo(29 + 9); // € [ ] { } ~ ^ | \ each count twice
    // 80 euro signs are 160 septets: one segment; 81 need two
    assertThat(SmsSegments.of("€".repeat(80)).segments()).isEqualTo(1);
    assertThat(SmsSegments.of("€".repeat(81)).segments()).isEqualTo(2);
  }

  @Test
  void chineseTextIsUcs2At70Then67Characters() {
    SmsSegments s = SmsSegments.of("您好，您的维修已完成。如有疑问请致电客服热线。");

    assertThat(s.encoding()).isEqualTo("UCS-2");
    assertThat(s.characters()).isEqualTo(23);
    assertThat(s.segments()).isEqualTo(1);
    assertThat(SmsSegments.of("好".repeat(70)).segments()).isEqualTo(1);
    assertThat(SmsSegments.of("好".repeat(71)).segments()).isEqualTo(2);
    assertThat(SmsSegments.of("好".repeat(134)).segments()).isEqualTo(2);
    assertThat(SmsSegments.of("好".repeat(135)).segments()).isEqualTo(3);
  }

  @Test
  void oneChineseCharacterTurnsAMixedTextIntoUcs2() {
    String english = "Your washer W-200 was repaired today; thank you for choosing us. ";
    assertThat(SmsSegments.of(english + english).segments()).isEqualTo(1);

    SmsSegments mixed = SmsSegments.of(english + english + "谢谢");

    assertThat(mixed.encoding()).isEqualTo("UCS-2");
    assertThat(mixed.units()).isEqualTo(english.length() * 2 + 2);
    assertThat(mixed.segments()).isEqualTo(2); // 132 units, 67 per segment
    // an emoji is two UCS-2 units but one character
    SmsSegments emoji = SmsSegments.of("ok 👍");
    assertThat(emoji.characters()).isEqualTo(4);
    assertThat(emoji.units()).isEqualTo(5);
  }

  @Test
  void aTemplateIsFilledWithTheRecordsValuesAndTheHotline() {
    String text =
        SmsTemplate.render(
            "{customerName}, your {product} ({serialNumber}) from {dealer} on {eventDate}:"
                + " call {hotline}. {unknown}",
            Map.of(
                "customerName", "Ann",
                "product", "W-200",
                "serialNumber", "SN-1",
                "dealer", "Acme Shanghai",
                "eventDate", "2026-11-19",
                "hotline", "400-800-1234"));

    assertThat(text)
        .isEqualTo(
            "Ann, your W-200 (SN-1) from Acme Shanghai on 2026-11-19: call 400-800-1234."
                + " {unknown}");
    assertThat(SmsTemplate.render("Hi {customerName}, {product}", Map.of("customerName", "Bo")))
        .isEqualTo("Hi Bo, ");
  }

  @Test
  void anUnknownPlaceholderIsRefusedWhenTheCampaignIsChecked() {
    CampaignTimeline draft =
        campaign(Map.of("en", "Hi {customerName}, call {hotline}", "zh", "{客户}您好，{name}"));

    assertThat(TimelineCheck.problems(draft))
        .extracting(p -> p.field() + " " + p.code() + " " + p.args())
        .containsExactly(
            "steps.1.message.zh messagePlaceholder [1, zh, 客户]",
            "steps.1.message.zh messagePlaceholder [1, zh, name]");
    assertThat(TimelineCheck.problems(campaign(Map.of("en", "Hi {customerName}")))).isEmpty();
  }

  @Test
  void theDryRunCountsEachSmsStepsTextPerLanguage() {
    List<StepSegments> counted =
        StepSegments.of(campaign(Map.of("en", "Thank you, {customerName}", "zh", "感谢您")));

    assertThat(counted)
        .containsExactly(
            new StepSegments(1, "en", 23, 23, "GSM-7", 1),
            new StepSegments(1, "zh", 3, 3, "UCS-2", 1));
  }

  private static CampaignTimeline campaign(Map<String, String> message) {
    return new CampaignTimeline(
        "texts",
        0,
        "Texts",
        "REPAIR",
        List.of(
            new TimelineStep(1, 0, 3, 2, StepChannel.SMS, message), new TimelineStep(2, 3, 10, 3)),
        new CallingRules(
            java.time.LocalTime.of(9, 0), java.time.LocalTime.of(20, 0), List.of(), 3, 6, Map.of()),
        null,
        null);
  }
}
