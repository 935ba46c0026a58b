package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.InvalidTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.TimelineCheck;
import com.followup.campaign.timeline.TimelineProblem;
import com.followup.campaign.timeline.TimelineStep;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the editor's form into a draft, with the same checks the API applies ({@link
 * TimelineCheck}); and writes a stored version back into form values. A form field is named after
 * the timeline field it edits, dots as dashes: {@code steps-2-opensAfterDays}.
 */
final class TimelineForm {

  static final int MAX_STEPS = 20;
  static final String FROM = "callingRules.callingFrom";
  static final String UNTIL = "callingRules.callingUntil";
  static final String HOLIDAYS = "callingRules.holidays";
  static final String PER_DAY = "callingRules.maxAttemptsPerDay";
  static final String TOTAL = "callingRules.maxAttemptsTotal";
  static final String RETRY = "callingRules.retryAfterMinutes.";
  static final String EXEMPTION = "consentExemption";
  static final List<String> STEP_FIELDS = List.of("opensAfterDays", "deadlineDays", "maxAttempts");

  /** The fields of a step that messages can go next to besides {@link #STEP_FIELDS}. */
  static final List<String> CHANNEL_FIELDS =
      List.of("channel", "message", "message.en", "message.zh");

  private TimelineForm() {}

  static String name(String field) {
    return field.replace('.', '-');
  }

  static String stepField(int step, String field) {
    return "steps." + step + "." + field;
  }

  /** The form values of a stored version. */
  static Map<String, String> values(CampaignTimeline t) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("name", t.name());
    for (TimelineStep s : t.steps()) {
      v.put(name(stepField(s.step(), "opensAfterDays")), String.valueOf(s.opensAfterDays()));
      v.put(name(stepField(s.step(), "deadlineDays")), String.valueOf(s.deadlineDays()));
      v.put(name(stepField(s.step(), "maxAttempts")), String.valueOf(s.maxAttempts()));
      v.put(name(stepField(s.step(), "channel")), s.channel().name());
      for (String language : List.of("en", "zh")) {
        String text = s.message() == null ? null : s.message().get(language);
        v.put(name(stepField(s.step(), "message." + language)), text == null ? "" : text);
      }
    }
    v.put(name(EXEMPTION), t.consentExemption() == null ? "" : t.consentExemption());
    CallingRules r = t.callingRules();
    v.put(name(FROM), r.callingFrom().toString());
    v.put(name(UNTIL), r.callingUntil().toString());
    v.put(
        name(HOLIDAYS),
        r.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
    v.put(name(PER_DAY), String.valueOf(r.maxAttemptsPerDay()));
    v.put(name(TOTAL), String.valueOf(r.maxAttemptsTotal()));
    for (String outcome : CallingRules.RETRY_OUTCOMES) {
      v.put(
          name(RETRY + outcome),
          r.retryAfter(outcome).map(d -> String.valueOf(d.toMinutes())).orElse(""));
    }
    SurveyForm.values(t.survey(), v);
    return v;
  }

  /** Reads the form of {@code current}'s campaign into a draft with every problem found. */
  static TimelineDraft read(CampaignTimeline current, Map<String, String> form) {
    Reader in = new Reader(form);
    List<TimelineDraft.StepRow> rows = new ArrayList<>();
    List<TimelineStep> steps = new ArrayList<>();
    for (int n = 1; n <= MAX_STEPS && in.has(name(stepField(n, "deadlineDays"))); n++) {
      Integer opens = in.whole(stepField(n, "opensAfterDays"));
      Integer deadline = in.whole(stepField(n, "deadlineDays"));
      Integer attempts = in.whole(stepField(n, "maxAttempts"));
      StepChannel channel = in.channel(n);
      Map<String, String> message = in.message(n);
      rows.add(new TimelineDraft.StepRow(n, opens, deadline, attempts, channel));
      if (opens != null && deadline != null && attempts != null && channel != null) {
        int number = n;
        in.attempt(
            () -> steps.add(new TimelineStep(number, opens, deadline, attempts, channel, message)));
      }
    }
    CallingRules rules = in.rules();
    Survey survey =
        form.containsKey(SurveyForm.MARKER) ? SurveyForm.read(form, in.problems) : current.survey();
    if (form.containsKey(SurveyForm.MARKER)) {
      form.entrySet().stream()
          .filter(e -> e.getKey().startsWith("survey-"))
          .forEach(e -> in.values.put(e.getKey(), e.getValue().strip()));
    }
    String exemption =
        form.containsKey(name(EXEMPTION)) ? in.text(EXEMPTION) : current.consentExemption();
    CampaignTimeline draft = null;
    if (in.problems.isEmpty() && rules != null) {
      String name = in.text("name");
      CampaignTimeline[] made = new CampaignTimeline[1];
      in.attempt(
          () ->
              made[0] =
                  new CampaignTimeline(
                      current.code(),
                      0,
                      name,
                      current.recordType(),
                      steps,
                      rules,
                      null,
                      null,
                      exemption,
                      survey));
      if (made[0] != null) {
        in.problems.addAll(TimelineCheck.problems(made[0]));
        draft = made[0];
      }
    }
    return new TimelineDraft(in.values, rows, List.copyOf(in.problems), draft);
  }

  /** Reads typed values, noting each one that cannot be read. */
  private static final class Reader {
    final Map<String, String> form;
    final Map<String, String> values = new LinkedHashMap<>();
    final List<TimelineProblem> problems = new ArrayList<>();

    Reader(Map<String, String> form) {
      this.form = form;
    }

    boolean has(String formName) {
      return form.containsKey(formName);
    }

    String text(String field) {
      String value = form.getOrDefault(name(field), "").trim();
      values.put(name(field), value);
      return value;
    }

    Integer whole(String field) {
      String value = text(field);
      if (value.isEmpty()) {
        problems.add(problem(field, "required", field + " is required"));
        return null;
      }
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException e) {
        problems.add(problem(field, "notAWholeNumber", field + " must be a whole number", value));
        return null;
      }
    }

    /** A step's channel; a form without the field (an older page) means an agent's call. */
    StepChannel channel(int step) {
      String field = stepField(step, "channel");
      if (!has(name(field))) {
        values.put(name(field), StepChannel.AGENT.name());
        return StepChannel.AGENT;
      }
      String value = text(field);
      try {
        return StepChannel.valueOf(value);
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                field,
                "channelUnknown",
                "step " + step + ": unknown channel " + value,
                String.valueOf(step),
                value));
        return null;
      }
    }

    /** A step's texts by language, as typed (blank ones left out; the step checks the rest). */
    Map<String, String> message(int step) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (String language : List.of("en", "zh")) {
        String formName = name(stepField(step, "message." + language));
        // a browser sends a textarea's line breaks as CR LF; a text keeps them as LF
        String value = form.getOrDefault(formName, "").replace("\r\n", "\n");
        values.put(formName, value);
        if (!value.isBlank()) {
          texts.put(language, value);
        }
      }
      return texts;
    }

    LocalTime time(String field) {
      String value = text(field);
      try {
        return value.isEmpty() ? null : LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(problem(field, "notATime", field + " must be a time like 09:00", value));
        return null;
      }
    }

    List<LocalDate> dates(String field) {
      List<LocalDate> dates = new ArrayList<>();
      for (String token : text(field).split("[\\s,;，；]+")) {
        if (token.isEmpty()) {
          continue;
        }
        try {
          dates.add(LocalDate.parse(token));
        } catch (DateTimeParseException e) {
          problems.add(problem(field, "notADate", token + " is not a date like 2026-12-25", token));
        }
      }
      return dates;
    }

    CallingRules rules() {
      int before = problems.size();
      LocalTime from = time(FROM);
      LocalTime until = time(UNTIL);
      List<LocalDate> holidays = dates(HOLIDAYS);
      Integer perDay = whole(PER_DAY);
      Integer total = whole(TOTAL);
      Map<String, Integer> retries = new LinkedHashMap<>();
      for (String outcome : CallingRules.RETRY_OUTCOMES) {
        if (!form.getOrDefault(name(RETRY + outcome), "").isBlank()) {
          Integer minutes = whole(RETRY + outcome);
          if (minutes != null) {
            retries.put(outcome, minutes);
          }
        } else {
          text(RETRY + outcome);
        }
      }
      if (problems.size() > before || perDay == null || total == null) {
        return null;
      }
      CallingRules[] made = new CallingRules[1];
      attempt(() -> made[0] = new CallingRules(from, until, holidays, perDay, total, retries));
      return made[0];
    }

    void attempt(Runnable make) {
      try {
        make.run();
      } catch (InvalidTimeline refused) {
        problems.addAll(refused.problems());
      }
    }

    private static TimelineProblem problem(
        String field, String code, String message, String... args) {
      return new TimelineProblem(field, code, List.of(args), message);
    }
  }
}
