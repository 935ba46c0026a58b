package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.TimelineStep;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A timeline as an ordered list of fields and their values, the same for every version: what the
 * version diff compares, and what a dry run's fingerprint is taken of.
 */
final class TimelineFields {

  private TimelineFields() {}

  /** Field path to value, steps first, then the calling rules in a fixed order. */
  static Map<String, String> of(CampaignTimeline t) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", t.name());
    for (TimelineStep s : t.steps()) {
      fields.put(TimelineForm.stepField(s.step(), "opensAfterDays"), "" + s.opensAfterDays());
      fields.put(TimelineForm.stepField(s.step(), "deadlineDays"), "" + s.deadlineDays());
      fields.put(TimelineForm.stepField(s.step(), "maxAttempts"), "" + s.maxAttempts());
      fields.put(TimelineForm.stepField(s.step(), "channel"), s.channel().name());
      for (String language : List.of("en", "zh")) {
        String text = s.message() == null ? null : s.message().get(language);
        fields.put(
            TimelineForm.stepField(s.step(), "message." + language), text == null ? "" : text);
      }
    }
    fields.put(TimelineForm.EXEMPTION, t.consentExemption() == null ? "" : t.consentExemption());
    CallingRules r = t.callingRules();
    fields.put(TimelineForm.FROM, r.callingFrom().toString());
    fields.put(TimelineForm.UNTIL, r.callingUntil().toString());
    fields.put(
        TimelineForm.HOLIDAYS,
        r.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
    fields.put(TimelineForm.PER_DAY, "" + r.maxAttemptsPerDay());
    fields.put(TimelineForm.TOTAL, "" + r.maxAttemptsTotal());
    for (String outcome : CallingRules.RETRY_OUTCOMES) {
      fields.put(
          TimelineForm.RETRY + outcome,
          r.retryAfter(outcome).map(d -> "" + d.toMinutes()).orElse(""));
    }
    return fields;
  }

  /** A short hash of every field of the draft and of its survey: equal for equal timelines. */
  static String fingerprint(CampaignTimeline t) {
    Map<String, String> fields = of(t);
    SurveyForm.values(t.survey(), fields);
    String all =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
