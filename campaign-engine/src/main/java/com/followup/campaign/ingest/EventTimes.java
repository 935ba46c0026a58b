package com.followup.campaign.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event times dealers' systems write: 2026-11-19, 2026-11-19T14:30, 2026-11-19 14:30:00,
 * 2026/11/19 (also 2026/1/5 9:30 as Excel writes it), with an optional offset or Z. Without an
 * offset the time is the dealer's local time; a date alone is its start.
 */
final class EventTimes {

  private static final Pattern FORMAT =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
              + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  static final String EXPECTED =
      "use 2026-11-19, 2026-11-19T14:30, 2026-11-19 14:30:00 or 2026/11/19";

  private EventTimes() {}

  /** The instant, or null when the text is no date/time in an accepted form. */
  static Instant parse(String text, ZoneId localZone) {
    return isPlainLocal(text) ? plainLocal(text, localZone) : byPattern(text, localZone);
  }

  /** What {@link #parse} gives, read with the pattern alone. */
  static Instant byPattern(String text, ZoneId localZone) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              m.group(7) == null ? 0 : nanos(m.group(7)));
      String offset = m.group(8);
      return offset == null
          ? local.atZone(localZone).toInstant()
          : local.toInstant(
              ZoneOffset.of(
                  offset.length() == 5
                      ? offset.substring(0, 3) + ":" + offset.substring(3)
                      : offset));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Whether the text is 2026-11-19, 2026-11-19 14:30 or 2026-11-19 14:30:00 with two-digit fields
   * (T or a space between date and time): what most systems write, read here without the pattern.
   */
  private static boolean isPlainLocal(String text) {
    int length = text.length();
    if (length != 10 && length != 16 && length != 19) {
      return false;
    }
    if (!digits(text, 0, 4) || !dateSeparator(text.charAt(4)) || !digits(text, 5, 7)) {
      return false;
    }
    if (!dateSeparator(text.charAt(7)) || !digits(text, 8, 10)) {
      return false;
    }
    if (length == 10) {
      return true;
    }
    char between = text.charAt(10);
    boolean time =
        (between == 'T' || between == ' ') && digits(text, 11, 13) && text.charAt(13) == ':';
    return time
        && digits(text, 14, 16)
        && (length == 16 || (text.charAt(16) == ':' && digits(text, 17, 19)));
  }

  private static Instant plainLocal(String text, ZoneId localZone) {
    int length = text.length();
    try {
      return LocalDateTime.of(
              number(text, 0, 4),
              number(text, 5, 7),
              number(text, 8, 10),
              length > 10 ? number(text, 11, 13) : 0,
              length > 10 ? number(text, 14, 16) : 0,
              length > 16 ? number(text, 17, 19) : 0)
          .atZone(localZone)
          .toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dateSeparator(char c) {
    return c == '-' || c == '/';
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  private static int nanos(String fraction) {
    return Integer.parseInt((fraction + "000000000").substring(0, 9));
  }
}
