package com.followup.admin.console.manager.sla;

import com.followup.admin.console.FieldMessages;
import com.followup.sla.calendar.BusinessHours;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TimeBasis;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a posted policy form into the next version of a policy, or records why each field was
 * refused (in the manager's language, next to the field). The policy's own checks run last, so
 * nothing the form lets through can be stored invalid.
 */
final class PolicyParser {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final int MAX_MINUTES = 60 * 24 * 90;

  private PolicyParser() {}

  static Optional<SlaPolicy> parse(PolicyForm form) {
    FieldMessages errors = form.errors();
    Integer warning = number(form.warningPercent(), 1, 99);
    if (warning == null) {
      errors.add("warningPercent", "sla.error.warning");
    }
    TimeBasis basis =
        TimeBasis.BUSINESS_HOURS.name().equals(form.timeBasis())
            ? TimeBasis.BUSINESS_HOURS
            : TimeBasis.CALENDAR;
    // hours only count on business hours; a calendar policy keeps none, so an untouched form
    // compares equal to the version it shows
    BusinessHours hours = basis == TimeBasis.BUSINESS_HOURS ? hours(form, errors) : null;
    List<TargetRule> targets = targets(form, errors);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SlaPolicy(form.type(), 1, basis, hours, warning, targets));
    } catch (IllegalArgumentException refused) {
      errors.add("form", "sla.error.other", refused.getMessage());
      return Optional.empty();
    }
  }

  /** The business hours, or null when they are not valid (the refusals go to {@code sink}). */
  private static BusinessHours hours(PolicyForm form, FieldMessages sink) {
    String zone = form.zone();
    try {
      if (!zone.contains("/")) {
        throw new DateTimeException(zone);
      }
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      sink.add("zone", "sla.error.zone", zone);
    }
    LocalTime opens = null;
    LocalTime closes = null;
    try {
      opens = PolicyForm.time(form.opens());
      closes = PolicyForm.time(form.closes());
    } catch (DateTimeException e) {
      sink.add("hours", "sla.error.time");
    }
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      sink.add("hours", "sla.error.closesBeforeOpens");
    }
    if (form.days().isEmpty()) {
      sink.add("days", "sla.error.days");
    }
    List<LocalDate> holidays = new ArrayList<>();
    for (String text : form.holidays().split("[\\s,;]+")) {
      if (text.isBlank()) {
        continue;
      }
      try {
        holidays.add(LocalDate.parse(text.trim()));
      } catch (DateTimeException e) {
        sink.add("holidays", "sla.error.holiday", text.trim());
      }
    }
    if (holidays.size() > 366) {
      sink.add("holidays", "sla.error.tooManyHolidays");
    }
    if (!sink.isEmpty()) {
      return null;
    }
    List<DayOfWeek> days = form.days().stream().map(DayOfWeek::valueOf).toList();
    return new BusinessHours(zone, opens, closes, days, holidays);
  }

  private static List<TargetRule> targets(PolicyForm form, FieldMessages errors) {
    List<TargetRule> targets = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TargetRow row : form.rows()) {
      if (row.isBlank()) {
        continue;
      }
      String field = "t" + row.index();
      if (!NAME.matcher(row.name()).matches()) {
        errors.add(field, "sla.error.name");
        continue;
      }
      if (!names.add(row.name())) {
        errors.add(field, "sla.error.duplicate", row.name());
        continue;
      }
      Integer minutes = number(row.minutes(), 1, MAX_MINUTES);
      if (minutes == null) {
        errors.add(field, "sla.error.minutes");
        continue;
      }
      List<TicketEventType> metBy = new ArrayList<>();
      for (String event : row.metBy()) {
        TicketEventType type = event(event);
        if (type == null || !type.movesTargets()) {
          errors.add(field, "sla.error.metBy");
        } else {
          metBy.add(type);
        }
      }
      if (metBy.isEmpty()) {
        errors.add(field, "sla.error.metBy");
        continue;
      }
      String startsOn = row.startsOn();
      TicketEventType start = event(startsOn);
      if (!TargetRule.OPENED.equals(startsOn) && (start == null || !start.movesTargets())) {
        errors.add(field, "sla.error.startsOn");
        continue;
      }
      if (start != null && metBy.contains(start)) {
        errors.add(field, "sla.error.metByItsStart");
        continue;
      }
      targets.add(new TargetRule(row.name(), minutes, startsOn, metBy, row.callback()));
    }
    if (form.rows().stream().allMatch(TargetRow::isBlank)) {
      errors.add("targets", "sla.error.noTargets");
    }
    if (targets.size() > PolicyForm.MAX_ROWS) {
      errors.add("targets", "sla.error.tooManyTargets", PolicyForm.MAX_ROWS);
    }
    return targets;
  }

  private static TicketEventType event(String name) {
    try {
      return TicketEventType.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static Integer number(String text, int min, int max) {
    try {
      int n = Integer.parseInt(text.trim());
      return n < min || n > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
