package com.followup.dialer.dialing;

import com.followup.dialer.agent.Agents;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether any agent is on duty (not OFFLINE, or OFFLINE but still holding a call whose wrap-up must
 * run out), for every campaign's pacing loop at once: read from the database at most every {@link
 * #RECHECK} while someone is on duty, every {@link #RECHECK_IDLE} while nobody is, and at once
 * after an agent on this instance changes state. With nobody on duty the loops cost no queries, so
 * an idle instance stays quiet; an agent logging in through another instance is noticed within
 * {@link #RECHECK_IDLE}.
 */
@Singleton
public class DutyRoster {

  static final Duration RECHECK = Duration.ofSeconds(5);
  static final Duration RECHECK_IDLE = Duration.ofSeconds(15);

  private final Agents agents;
  private volatile Instant checkedAt = Instant.MIN;
  private volatile boolean anyoneOnDuty;

  DutyRoster(Agents agents) {
    this.agents = agents;
  }

  public boolean anyoneOnDuty(Instant now) {
    if (checkedAt.plus(anyoneOnDuty ? RECHECK : RECHECK_IDLE).isBefore(now)) {
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
