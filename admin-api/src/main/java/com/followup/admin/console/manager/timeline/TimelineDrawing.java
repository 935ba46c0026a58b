package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.TimelineProblem;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a draft on a time line in days after the event, as SVG geometry (a 1000-unit wide
 * view box): one lane per step from its opening to its deadline, overlaps and faulty steps marked;
 * and the calling hours on a 24-hour bar.
 */
record TimelineDrawing(
    int height,
    int axisY,
    List<Lane> lanes,
    List<Tick> ticks,
    int hoursX,
    int hoursWidth,
    boolean hoursOpen) {

  static final int LEFT = 90;
  static final int RIGHT = 970;
  static final int LANE = 34;
  static final int GAP = 12;
  static final int TOP = 8;
  private static final int[] TICK_STEPS = {1, 2, 5, 7, 10, 14, 30, 60, 90};

  /** One step: its bar, and where it overlaps the step before it. */
  record Lane(
      int step,
      int y,
      int x,
      int width,
      int overlapX,
      int overlapWidth,
      boolean faulty,
      Integer opens,
      Integer deadline,
      Integer attempts,
      int labelX,
      boolean labelInside) {}

  record Tick(int x, int day) {}

  static TimelineDrawing of(TimelineDraft draft) {
    List<TimelineDraft.StepRow> rows = draft.steps();
    int last = 1;
    for (TimelineDraft.StepRow row : rows) {
      last = Math.max(last, Math.max(orZero(row.opensAfterDays()), orZero(row.deadlineDays())));
    }
    int tickStep = TICK_STEPS[TICK_STEPS.length - 1];
    for (int candidate : TICK_STEPS) {
      if (last / candidate <= 10) {
        tickStep = candidate;
        break;
      }
    }
    int end = ((last + tickStep - 1) / tickStep) * tickStep;
    double scale = (double) (RIGHT - LEFT) / end;
    List<Lane> lanes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lanes.add(lane(rows, i, scale, draft.problems()));
    }
    int axisY = TOP + rows.size() * (LANE + GAP);
    List<Tick> ticks = new ArrayList<>();
    for (int day = 0; day <= end; day += tickStep) {
      ticks.add(new Tick(x(day, scale), day));
    }
    LocalTime from = parse(draft.value(TimelineForm.name(TimelineForm.FROM)));
    LocalTime until = parse(draft.value(TimelineForm.name(TimelineForm.UNTIL)));
    boolean open = from != null && until != null && from.isBefore(until);
    int hoursX = open ? LEFT + minutes(from) * (RIGHT - LEFT) / 1440 : LEFT;
    int hoursWidth = open ? (minutes(until) - minutes(from)) * (RIGHT - LEFT) / 1440 : 0;
    return new TimelineDrawing(axisY + 34, axisY, lanes, ticks, hoursX, hoursWidth, open);
  }

  private static Lane lane(
      List<TimelineDraft.StepRow> rows, int i, double scale, List<TimelineProblem> problems) {
    TimelineDraft.StepRow row = rows.get(i);
    int opens = orZero(row.opensAfterDays());
    int deadline = Math.max(opens, orZero(row.deadlineDays()));
    int x = x(opens, scale);
    int width = Math.max(4, x(deadline, scale) - x);
    int overlapX = 0;
    int overlapWidth = 0;
    if (i > 0 && rows.get(i - 1).deadlineDays() != null) {
      int before = rows.get(i - 1).deadlineDays();
      if (opens < before) {
        overlapX = x;
        overlapWidth = Math.max(4, x(Math.min(before, deadline), scale) - x);
      }
    }
    String prefix = "steps." + row.step() + ".";
    boolean faulty = problems.stream().anyMatch(p -> p.field().startsWith(prefix));
    boolean inside = width > 260;
    int y = TOP + i * (LANE + GAP);
    return new Lane(
        row.step(),
        y,
        x,
        width,
        overlapX,
        overlapWidth,
        faulty,
        row.opensAfterDays(),
        row.deadlineDays(),
        row.maxAttempts(),
        inside ? x + 10 : Math.min(x + width + 8, RIGHT - 250),
        inside);
  }

  private static int x(int day, double scale) {
    return LEFT + (int) Math.round(day * scale);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : Math.max(0, value);
  }

  private static int minutes(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static LocalTime parse(String value) {
    try {
      return LocalTime.parse(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
