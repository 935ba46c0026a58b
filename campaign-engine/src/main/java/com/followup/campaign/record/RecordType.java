package com.followup.campaign.record;

import java.util.Locale;

/** What a dealer reports: a sale or a finished repair. */
public enum RecordType {
  PURCHASE,
  REPAIR;

  /** Parses case-insensitively; empty when the text names no type. */
  public static java.util.Optional<RecordType> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "PURCHASE" -> java.util.Optional.of(PURCHASE);
      case "REPAIR" -> java.util.Optional.of(REPAIR);
      default -> java.util.Optional.empty();
    };
  }
}
