package com.followup.admin.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the ISO-8601 times of requests: with an offset or {@code Z}. */
public final class Instants {

  private Instants() {}

  /** The instant, or null for null; 400 with the field's name when it is not ISO-8601. */
  public static Instant parse(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field
              + " must be ISO-8601 with an offset, e.g. 2026-11-22T09:30:00+08:00: '"
              + value
              + "'");
    }
  }

  public static String format(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
