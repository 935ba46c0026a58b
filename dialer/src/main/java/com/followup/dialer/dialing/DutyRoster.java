package com.followup.dialer.dialing;

import com.followup.dialer.agent.Agents;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether any agent is on duty (not OFFLINE, or OFFLINE but still holding a call whose wrap-up must
 * run out), for every campaign's pacing loop at once: read from the database at most every {@link
 * #RECHECK}, and at once after an agent on this instance changes state. With nobody on duty the
 * loops cost no queries, so an idle instance stays quiet; an agent logging in through another
 * instance is noticed within {@link #RECHECK}.
 */
@Singleton
public class DutyRoster {

  static final Duration RECHECK = Duration.ofSeconds(5);

  private final Agents agents;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile boolean anyoneOnDuty;

  DutyRoster(Agents agents) {
    this.agents = agents;
  }

  public boolean anyoneOnDuty(Instant now) {
    if (checkedAt.plus(RECHECK).isBefore(now)) {
      anyoneOnDuty = agents.anyoneOnDuty();
      checkedAt = now;
    }
    return anyoneOnDuty;
  }

  /** An agent changed state here: look again at the next question. */
  void changed() {
    checkedAt = Instant.MIN;
  }
}
