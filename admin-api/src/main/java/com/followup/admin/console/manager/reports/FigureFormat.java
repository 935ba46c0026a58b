package com.followup.admin.console.manager.reports;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Formats a report's figures for the viewer's language: rates as percentages, times as m:ss, counts
 * with grouping. A figure missing from the report, or null (nothing to divide by), is an em dash.
 */
public record FigureFormat(Locale locale) {

  static final String NONE = "—";

  /** Formats {@code key} of {@code figures} as {@code kind}: percent, seconds, count or decimal. */
  public String of(Map<String, Object> figures, String key, String kind) {
    Object value = figures == null ? null : figures.get(key);
    return value instanceof Number n ? number(n, kind) : NONE;
  }

  public String number(Number n, String kind) {
    if (n == null) {
      return NONE;
    }
    return switch (kind) {
      case "percent" -> {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        yield f.format(n.doubleValue());
      }
      case "seconds" -> seconds(Math.round(n.doubleValue()));
      case "decimal" -> {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        yield f.format(n.doubleValue());
      }
      default -> NumberFormat.getIntegerInstance(locale).format(n.longValue());
    };
  }

  public boolean has(Map<String, Object> figures, String key) {
    return figures != null && figures.containsKey(key);
  }

  private static String seconds(long s) {
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
