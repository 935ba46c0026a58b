package com.followup.admin.console;

import java.time.ZoneId;

/** A zone id the browser reported, kept only if this JVM knows it. */
final class ZoneNames {

  private ZoneNames() {}

  static String valid(String zone) {
    if (zone == null || zone.isBlank() || zone.length() > 64) {
      return null;
    }
    try {
      return ZoneId.of(zone.trim()).getId();
    } catch (RuntimeException unknown) {
      return null;
    }
  }
}
