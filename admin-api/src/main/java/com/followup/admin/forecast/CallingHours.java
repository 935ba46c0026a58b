package com.followup.admin.forecast;

import com.followup.campaign.followup.CallingWindow;
import com.followup.campaign.timeline.CallingRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Which forecast hours one set of calling rules allows in one zone (an hour counts when a call may
 * start in it), worked out once for all the follow-ups that share them.
 */
final class CallingHours {

  private final boolean[] open;

  CallingHours(Instant from, int hours, ZoneId zone, CallingRules rules) {
    open = new boolean[hours];
    for (int h = 0; h < hours; h++) {
      Instant start = from.plus(Duration.ofHours(h));
      open[h] =
          zone == null
              || CallingWindow.earliest(start, zone, rules)
                  .isBefore(start.plus(Duration.ofHours(1)));
    }
  }

  boolean open(int hour) {
    return open[hour];
  }

  /** The first open hour at or after {@code hour}; {@code hours} when none is left. */
  int nextOpen(int hour) {
    int h = Math.max(hour, 0);
    while (h < open.length && !open[h]) {
      h++;
    }
    return h;
  }
}
