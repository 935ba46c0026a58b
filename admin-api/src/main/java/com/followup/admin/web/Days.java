package com.followup.admin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the days of requests ({@code 2026-11-22}), the bounds of a period's filters. */
public final class Days {

  private Days() {}

  /** The day, or {@code otherwise} when none is given; 400 naming the field when malformed. */
  public static LocalDate parse(String value, String name, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a day like 2026-11-22: '" + value + "'");
    }
  }
}
