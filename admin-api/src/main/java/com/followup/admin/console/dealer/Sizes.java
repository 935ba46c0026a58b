package com.followup.admin.console.dealer;

import java.util.Locale;

/** A byte count as people read it: 512 MB, 64 KB, 900 B. */
final class Sizes {

  private Sizes() {}

  static String readable(long bytes) {
    String[] units = {"B", "KB", "MB", "GB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number =
        value == Math.rint(value)
            ? Long.toString((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + units[unit];
  }
}
