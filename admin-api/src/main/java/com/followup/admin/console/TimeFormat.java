package com.followup.admin.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats instants for a page: always with the zone they are shown in named, so a dealer in Urumqi
 * and an agent in Shanghai never misread each other's times.
 */
public record TimeFormat(ZoneId zone, Locale locale) {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** {@code 2026-11-22 09:30 (Asia/Shanghai)} in the viewer's zone. */
  public String at(Instant instant) {
    return in(instant, zone);
  }

  /**
   * The same instant in another zone (a customer's), with that zone named. Not called {@code in}:
   * that is an operator in the templates' expression language.
   */
  public String inZone(Instant instant, String zoneId) {
    return instant == null ? "" : in(instant, ZoneId.of(zoneId));
  }

  private static String in(Instant instant, ZoneId other) {
    return instant == null
        ? ""
        : DATE_TIME.format(instant.atZone(other)) + " (" + other.getId() + ")";
  }

  /** Just the wall-clock time in a zone, e.g. a customer's local time now. */
  public String clock(Instant instant, String zoneId) {
    return TIME.format(instant.atZone(ZoneId.of(zoneId)));
  }

  /** The date alone, in the viewer's language. */
  public String date(Instant instant, String zoneId) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .format(instant.atZone(ZoneId.of(zoneId)));
  }

  /** A number with the viewer's grouping (1,000,000). */
  public String number(long n) {
    return java.text.NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** Seconds as m:ss or h:mm:ss. */
  public String duration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
  }
}
