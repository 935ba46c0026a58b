package com.followup.admin.console.manager.timeline;

import com.followup.campaign.dispatch.DryRunItem;
import com.followup.campaign.dispatch.DryRunResult;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.StepChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A dry run as the editor shows it: follow-ups due per day (every day of the range and after it
 * until the last due one, for the chart and its table), the rules that hold them back, the first
 * items, and the fingerprint of the draft it ran, which a save must match.
 */
record DryRunView(
    DryRunResult result,
    List<Day> days,
    String chartData,
    List<Held> held,
    List<DryRunItem> items,
    int due,
    String fingerprint,
    Map<Integer, StepChannel> channels) {

  static final int SAMPLE = 20;

  record Day(LocalDate date, int due) {}

  record Held(String rule, int count) {}

  /** The run of {@code draft}: its steps' channels shown beside the items. */
  static DryRunView of(DryRunResult result, CampaignTimeline draft) {
    Map<Integer, StepChannel> channels = new TreeMap<>();
    draft.steps().forEach(s -> channels.put(s.step(), s.channel()));
    return of(result, TimelineFields.fingerprint(draft), channels);
  }

  static DryRunView of(
      DryRunResult result, String fingerprint, Map<Integer, StepChannel> channels) {
    LocalDate last = result.to();
    for (LocalDate day : result.dueByDay().keySet()) {
      last = day.isAfter(last) ? day : last;
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate day = result.from(); !day.isAfter(last); day = day.plusDays(1)) {
      days.add(new Day(day, result.dueByDay().getOrDefault(day, 0)));
    }
    List<Held> held =
        result.heldBy().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .map(e -> new Held(e.getKey(), e.getValue()))
            .toList();
    int due = result.dueByDay().values().stream().mapToInt(Integer::intValue).sum();
    return new DryRunView(
        result,
        days,
        chart(days),
        held,
        result.items().stream().limit(SAMPLE).toList(),
        due,
        fingerprint,
        java.util.Collections.unmodifiableMap(new TreeMap<>(channels)));
  }

  /** Dates and counts only: nothing a user typed goes into this JSON. */
  private static String chart(List<Day> days) {
    return "{\"labels\":["
        + days.stream().map(d -> "\"" + d.date() + "\"").collect(Collectors.joining(","))
        + "],\"values\":["
        + days.stream().map(d -> String.valueOf(d.due())).collect(Collectors.joining(","))
        + "]}";
  }
}
