package com.followup.admin.reports;

import com.followup.dialer.report.AttemptHour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Abandonment per day of the period and over the 30 days ending on its last day, beside the cap,
 * with the days over it named.
 */
final class Abandonment {

  private Abandonment() {}

  /** {@code window}: the attempts of the 30-day window and of the period. */
  static void putInto(
      Map<String, Object> m, ReportPeriod period, List<AttemptHour> window, double cap) {
    Map<LocalDate, CallFigures> byDay = new TreeMap<>();
    for (AttemptHour h : window) {
      byDay.computeIfAbsent(period.dayOf(h.hour()), d -> new CallFigures()).add(h);
    }
    List<Map<String, Object>> days = new ArrayList<>();
    for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
      CallFigures f = byDay.getOrDefault(d, new CallFigures());
      Map<String, Object> day = CallFigures.map();
      day.put("date", d.toString());
      day.put("dials", f.dials());
      day.put("connects", f.connects());
      day.put("abandoned", f.abandoned());
      day.put("abandonmentRate", f.abandonmentRate());
      day.put("overCap", f.abandonmentRate() != null && f.abandonmentRate() > cap);
      days.add(day);
    }
    long abandoned = 0;
    long connects = 0;
    List<String> over = new ArrayList<>();
    for (LocalDate d = period.first30d(); !d.isAfter(period.last()); d = d.plusDays(1)) {
      CallFigures f = byDay.get(d);
      if (f == null) {
        continue;
      }
      abandoned += f.abandoned();
      connects += f.connects();
      if (f.abandonmentRate() != null && f.abandonmentRate() > cap) {
        over.add(d.toString());
      }
    }
    m.put("days", days);
    m.put("abandonment30dFirstDay", period.first30d().toString());
    m.put("abandoned30d", abandoned);
    m.put("connects30d", connects);
    m.put("abandonmentRate30d", CallFigures.ratio(abandoned, connects));
    m.put("abandonmentRate30dOverCap", connects > 0 && (double) abandoned / connects > cap);
    m.put("daysOverCap30d", over);
  }
}
