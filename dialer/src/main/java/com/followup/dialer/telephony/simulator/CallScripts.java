package com.followup.dialer.telephony.simulator;

import java.time.Duration;
import java.util.Random;

/** Draws {@link CallScript}s from a seeded random source: the same seed, the same calls. */
final class CallScripts {

  private final SimulatorSettings settings;
  private final Random random;

  CallScripts(SimulatorSettings settings) {
    this.settings = settings;
    this.random = settings.seed() == null ? new Random() : new Random(settings.seed());
  }

  synchronized CallScript next() {
    double draw = random.nextDouble();
    // always draw the ring time, so one call's outcome never shifts the next call's numbers
    long ringMillis =
        1000L * settings.ringSecondsMin()
            + (long)
                (random.nextDouble()
                    * 1000L
                    * (settings.ringSecondsMax() - settings.ringSecondsMin()));
    Duration ring = Duration.ofMillis(ringMillis);
    if (draw < settings.humanAnswerRate()) {
      return new CallScript(CallScript.Answer.PERSON, ring);
    }
    if (draw < settings.humanAnswerRate() + settings.machineRate()) {
      return new CallScript(CallScript.Answer.MACHINE, ring);
    }
    if (draw < settings.humanAnswerRate() + settings.machineRate() + settings.busyRate()) {
      return new CallScript(CallScript.Answer.BUSY, Duration.ofSeconds(1));
    }
    return new CallScript(CallScript.Answer.NOBODY, Duration.ofSeconds(settings.noAnswerSeconds()));
  }
}
