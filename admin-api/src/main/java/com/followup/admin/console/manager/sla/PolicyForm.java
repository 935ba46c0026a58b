package com.followup.admin.console.manager.sla;

import com.followup.admin.console.FieldMessages;
import com.followup.sla.calendar.BusinessHours;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TicketType;
import com.followup.sla.policy.TimeBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The SLA policy editor's form: filled from a stored version to edit it, or from what a manager
 * posted to show it again with the refusals next to the fields. {@link PolicyParser} turns it into
 * a policy.
 */
public record PolicyForm(
    TicketType type,
    String timeBasis,
    String warningPercent,
    String zone,
    String opens,
    String closes,
    Set<String> days,
    String holidays,
    List<TargetRow> rows,
    FieldMessages errors) {

  /** Empty rows offered under the targets, for adding new ones. */
  static final int SPARE_ROWS = 2;

  /** The most targets one policy may hold (the form's row count stays bounded). */
  static final int MAX_ROWS = 20;

  static PolicyForm of(SlaPolicy policy, String defaultZone) {
    BusinessHours hours =
        policy.businessHours() == null
            ? BusinessHours.weekdays(defaultZone)
            : policy.businessHours();
    List<TargetRow> rows = new ArrayList<>();
    for (int i = 0; i < policy.targets().size(); i++) {
      rows.add(TargetRow.of(i, policy.targets().get(i)));
    }
    return new PolicyForm(
        policy.ticketType(),
        policy.timeBasis().name(),
        Integer.toString(policy.warningPercent()),
        hours.zone(),
        hours.opens().toString(),
        hours.closes().toString(),
        hours.workingDays().stream().map(DayOfWeek::name).collect(Collectors.toSet()),
        hours.holidays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")),
        withSpareRows(rows),
        new FieldMessages());
  }

  static PolicyForm posted(TicketType type, Map<String, String> form) {
    List<TargetRow> rows = new ArrayList<>();
    for (int i = 0; i < MAX_ROWS + SPARE_ROWS; i++) {
      if (form.containsKey("t" + i + ".name")) {
        rows.add(TargetRow.posted(i, form));
      }
    }
    Set<String> days = new TreeSet<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (form.containsKey("day." + day.name())) {
        days.add(day.name());
      }
    }
    return new PolicyForm(
        type,
        form.getOrDefault("timeBasis", TimeBasis.CALENDAR.name()),
        form.getOrDefault("warningPercent", "").trim(),
        form.getOrDefault("zone", "").trim(),
        form.getOrDefault("opens", "").trim(),
        form.getOrDefault("closes", "").trim(),
        days,
        form.getOrDefault("holidays", ""),
        rows,
        new FieldMessages());
  }

  /** The same form with spare rows again after the ones sent (for showing it refused). */
  PolicyForm withSpareRowsAgain() {
    List<TargetRow> kept = rows.stream().filter(r -> !r.isBlank()).toList();
    List<TargetRow> renumbered = new ArrayList<>(kept);
    return new PolicyForm(
        type,
        timeBasis,
        warningPercent,
        zone,
        opens,
        closes,
        days,
        holidays,
        withSpareRows(renumbered),
        errors);
  }

  private static List<TargetRow> withSpareRows(List<TargetRow> rows) {
    List<TargetRow> all = new ArrayList<>(rows);
    int next = rows.stream().mapToInt(TargetRow::index).max().orElse(-1) + 1;
    for (int i = 0; i < SPARE_ROWS && all.size() < MAX_ROWS + SPARE_ROWS; i++) {
      all.add(TargetRow.blank(next + i));
    }
    return all;
  }

  public boolean businessHours() {
    return TimeBasis.BUSINESS_HOURS.name().equals(timeBasis);
  }

  public List<String> weekDays() {
    return java.util.Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
  }

  static LocalTime time(String text) {
    return LocalTime.parse(text.length() == 4 ? "0" + text : text);
  }
}
