package com.followup.dialer.telephony.simulator;

import java.time.Duration;

/**
 * What the simulated world does with one call, drawn when it is placed.
 *
 * @param answer who picks up, if anyone
 * @param ringFor how long it rings before that (the no-answer timeout for {@link Answer#NOBODY})
 */
record CallScript(Answer answer, Duration ringFor) {

  enum Answer {
    PERSON,
    MACHINE,
    BUSY,
    NOBODY
  }
}
