package com.followup.admin.support;

import java.time.Instant;
import java.time.ZoneOffset;

/** Time zones chosen by the time the test runs, so that calling hours are open (or closed) now. */
public final class Zones {

  private Zones() {}

  /** A fixed-offset zone where the local hour is now {@code hour} (give or take the minutes). */
  public static String whereItIsNow(int hour) {
    int offset =
        Math.floorMod(hour - Instant.now().atOffset(ZoneOffset.UTC).getHour() + 12, 24) - 12;
    return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
  }
}
