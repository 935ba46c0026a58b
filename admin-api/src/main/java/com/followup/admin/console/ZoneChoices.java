package com.followup.admin.console;

import java.time.ZoneId;
import java.util.List;

/** The IANA zones a form offers (region/city names only, sorted). */
public final class ZoneChoices {

  private static final List<String> ALL =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  private ZoneChoices() {}

  public static List<String> all() {
    return ALL;
  }
}
