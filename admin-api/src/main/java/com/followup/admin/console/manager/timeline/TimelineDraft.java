package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineProblem;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A timeline as the editor's form holds it: the values as typed (by form field name), the steps as
 * far as they could be read, every problem found, and the draft itself when there is none.
 */
record TimelineDraft(
    Map<String, String> values,
    List<StepRow> steps,
    List<TimelineProblem> problems,
    @Nullable CampaignTimeline timeline) {

  /** One row of the steps table; a value that is not a whole number (or no channel) is null. */
  record StepRow(
      int step,
      @Nullable Integer opensAfterDays,
      @Nullable Integer deadlineDays,
      @Nullable Integer maxAttempts,
      @Nullable StepChannel channel) {

    boolean sms() {
      return channel == StepChannel.SMS;
    }
  }

  boolean valid() {
    return timeline != null && problems.isEmpty();
  }

  String value(String name) {
    return values.getOrDefault(name, "");
  }
}
