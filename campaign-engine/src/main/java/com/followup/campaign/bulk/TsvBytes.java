package com.followup.campaign.bulk;

import java.time.Instant;
import java.util.Arrays;

/**
 * Rows in LOAD DATA's tab-separated form, written straight to UTF-8 bytes: no StringBuilder that
 * turns UTF-16 at the first Chinese name, no String copy, no second encoding pass.
 */
final class TsvBytes {

  private static final long SECONDS_PER_DAY = 86_400;
  // days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar
  private static final long DAYS_0000_TO_1970 = 719_468;

  private byte[] bytes;
  private int size;
  // the date part of the last instant written: most instants of a batch fall on a few days
  private final byte[] lastDate = new byte[11];
  private long lastDays = Long.MIN_VALUE;

  TsvBytes(int expectedBytes) {
    this(new byte[Math.max(64, expectedBytes)]);
  }

  /** Writes into the given array (grown when full): a buffer whose bytes were sent. */
  TsvBytes(byte[] buffer) {
    this.bytes = buffer;
  }

  byte[] array() {
    return bytes;
  }

  /** The array, given up for reuse: writing or reading this again fails. */
  byte[] release() {
    byte[] released = bytes;
    bytes = null;
    return released;
  }

  int size() {
    return size;
  }

  void tab() {
    put((byte) '\t');
  }

  void newline() {
    put((byte) '\n');
  }

  void nullValue() {
    ensure(2);
    bytes[size++] = '\\';
    bytes[size++] = 'N';
  }

  /** A non-negative or negative whole number in decimal. */
  void number(long value) {
    ensure(20);
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        ascii(Long.toString(value));
        return;
      }
      bytes[size++] = '-';
      value = -value;
    }
    int end = size + digits(value);
    for (int i = end - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size = end;
  }

  /** yyyy-MM-dd HH:mm:ss.SSS in UTC, for years 0 to 9999. */
  void utc(Instant instant) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    ensure(23);
    if (days != lastDays) {
      date(days);
      System.arraycopy(bytes, size - 11, lastDate, 0, 11);
      lastDays = days;
    } else {
      System.arraycopy(lastDate, 0, bytes, size, 11);
      size += 11;
    }
    padded(secondOfDay / 3600, 2);
    bytes[size++] = ':';
    padded(secondOfDay / 60 % 60, 2);
    bytes[size++] = ':';
    padded(secondOfDay % 60, 2);
    bytes[size++] = '.';
    padded(instant.getNano() / 1_000_000, 3);
  }

  /** yyyy-MM-dd and a space, from a count of days since 1970-01-01. */
  private void date(long days) {
    // civil date from a day count (H. Hinnant's algorithm; eras of 400 years from 0000-03-01)
    long shifted = days + DAYS_0000_TO_1970;
    long era = Math.floorDiv(shifted, 146_097);
    int dayOfEra = (int) (shifted - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthIndex = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    padded((int) year, 4);
    bytes[size++] = '-';
    padded(month, 2);
    bytes[size++] = '-';
    padded(day, 2);
    bytes[size++] = ' ';
  }

  /** Text with LOAD DATA's escapes for backslash, tab, line breaks and NUL. */
  void text(String value) {
    int length = value.length();
    ensure(3 * length);
    byte[] out = bytes;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> at = escaped(out, at, '\\');
          case '\t' -> at = escaped(out, at, 't');
          case '\n' -> at = escaped(out, at, 'n');
          case '\r' -> at = escaped(out, at, 'r');
          case '\0' -> at = escaped(out, at, '0');
          default -> out[at++] = (byte) c;
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int code = Character.toCodePoint(c, value.charAt(++i));
        out[at++] = (byte) (0xF0 | code >> 18);
        out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | code & 0x3F);
      } else if (Character.isSurrogate(c)) {
        out[at++] = '?'; // as String.getBytes(UTF_8) writes an unpaired surrogate
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
  }

  private static int escaped(byte[] out, int at, char code) {
    out[at] = '\\';
    out[at + 1] = (byte) code;
    return at + 2;
  }

  private void ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
  }

  private void padded(int value, int width) {
    for (int i = size + width - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += width;
  }

  private static int digits(long value) {
    int digits = 1;
    for (long limit = 10; digits < 19 && value >= limit; limit *= 10) {
      digits++;
    }
    return digits;
  }

  private void put(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length + (bytes.length >> 1)));
    }
  }
}
