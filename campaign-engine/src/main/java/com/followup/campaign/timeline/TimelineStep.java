package com.followup.campaign.timeline;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One follow-up call of a campaign: its window counted in days from the record's event time, and
 * how many attempts it may take.
 *
 * @param step 1, 2, 3 … in order
 * @param opensAfterDays the window opens this many days after the event (0 = at once)
 * @param deadlineDays the call must be made within this many days of the event
 * @param maxAttempts dial attempts allowed for this step (texts sent, for an SMS step)
 * @param channel how the step reaches the customer; {@code AGENT} when not given
 * @param message an SMS step's text per language code ({@code en}, {@code zh}); only for SMS
 */
@Serdeable
public record TimelineStep(
    int step,
    int opensAfterDays,
    int deadlineDays,
    int maxAttempts,
    @Nullable StepChannel channel,
    @Nullable Map<String, String> message) {

  /** The languages a text or a survey prompt may be written in. */
  public static final Set<String> LANGUAGES = Set.of("en", "zh");

  /** An agent's call. */
  public TimelineStep(int step, int opensAfterDays, int deadlineDays, int maxAttempts) {
    this(step, opensAfterDays, deadlineDays, maxAttempts, StepChannel.AGENT, null);
  }

  @Creator
  public TimelineStep {
    List<TimelineProblem> problems = new ArrayList<>();
    channel = channel == null ? StepChannel.AGENT : channel;
    String at = "steps." + step + ".";
    if (step < 1) {
      problems.add(TimelineProblem.of("steps", "stepNumber", "step numbers start at 1"));
    }
    if (opensAfterDays < 0) {
      problems.add(
          TimelineProblem.of(
              at + "opensAfterDays",
              "opensNegative",
              "step " + step + ": opensAfterDays must not be negative",
              step));
    }
    if (deadlineDays <= opensAfterDays) {
      problems.add(
          TimelineProblem.of(
              at + "deadlineDays",
              "deadlineNotAfterOpening",
              "step " + step + ": deadlineDays must be after opensAfterDays",
              step,
              opensAfterDays));
    }
    if (maxAttempts < 1 || maxAttempts > 50) {
      problems.add(
          TimelineProblem.of(
              at + "maxAttempts",
              "attemptsRange",
              "step " + step + ": maxAttempts must be 1 to 50",
              step));
    }
    message = message(step, channel, message, problems);
    InvalidTimeline.throwIfAny(problems);
  }

  private static Map<String, String> message(
      int step, StepChannel channel, Map<String, String> message, List<TimelineProblem> problems) {
    String at = "steps." + step + ".message";
    boolean empty = message == null || message.values().stream().allMatch(TimelineStep::blank);
    if (channel != StepChannel.SMS) {
      if (!empty) {
        problems.add(
            TimelineProblem.of(
                at, "messageNotSms", "step " + step + ": only an SMS step has a message", step));
      }
      return null;
    }
    if (empty) {
      problems.add(
          TimelineProblem.of(
              at, "messageRequired", "step " + step + ": an SMS step needs its text", step));
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, String> text : message.entrySet()) {
      String language = text.getKey() == null ? "" : text.getKey().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(language)) {
        problems.add(
            TimelineProblem.of(
                at,
                "messageLanguage",
                "step " + step + ": a text's language must be en or zh, not " + text.getKey(),
                step,
                text.getKey()));
      } else if (!blank(text.getValue())) {
        texts.put(language, text.getValue().strip());
      }
    }
    return Map.copyOf(texts);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
