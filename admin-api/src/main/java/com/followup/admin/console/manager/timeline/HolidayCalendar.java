package com.followup.admin.console.manager.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Three months of days, Monday first, each marked when it is one of the draft's holidays. */
record HolidayCalendar(YearMonth first, List<Month> months, List<String> weekdays) {

  static final int MONTHS = 3;

  record Month(YearMonth month, String label, List<List<Day>> weeks) {}

  /** A day of the month (null date: padding before the 1st or after the last). */
  record Day(LocalDate date, boolean holiday, boolean today) {}

  static HolidayCalendar of(String firstMonth, String holidays, LocalDate today, Locale locale) {
    YearMonth first = YearMonth.from(today);
    try {
      if (firstMonth != null && !firstMonth.isBlank()) {
        first = YearMonth.parse(firstMonth.trim());
      }
    } catch (DateTimeParseException e) {
      // a month the page did not send as yyyy-MM: start at today's
    }
    Set<LocalDate> marked = new HashSet<>();
    for (String token : holidays.split("[\\s,;，；]+")) {
      try {
        marked.add(LocalDate.parse(token));
      } catch (DateTimeParseException e) {
        // not a date: the field's own message says so
      }
    }
    List<Month> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      months.add(month(first.plusMonths(i), marked, today, locale));
    }
    List<String> weekdays =
        Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
            .toList();
    return new HolidayCalendar(first, months, weekdays);
  }

  private static Month month(
      YearMonth month, Set<LocalDate> marked, LocalDate today, Locale locale) {
    List<List<Day>> weeks = new ArrayList<>();
    List<Day> week = new ArrayList<>();
    int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    for (int i = 0; i < padding; i++) {
      week.add(new Day(null, false, false));
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      week.add(new Day(date, marked.contains(date), date.equals(today)));
      if (week.size() == 7) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(new Day(null, false, false));
      }
      weeks.add(week);
    }
    String label = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    return new Month(month, label, weeks);
  }

  public String previous() {
    return first.minusMonths(MONTHS).toString();
  }

  public String next() {
    return first.plusMonths(MONTHS).toString();
  }
}
