package com.followup.admin.demo;

import com.followup.dialer.telephony.simulator.SimulatorSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * In the demo only, the simulator's defaults make a READY agent's phone ring within seconds: most
 * calls answered by a person after 1–4 s of ringing, short messages, a fixed seed. Every property
 * set explicitly ({@code followup.telephony.simulator.*}) still wins.
 */
@Singleton
@Requires(property = DemoCentre.PROPERTY, value = "true")
class DemoSimulatorDefaults implements BeanCreatedEventListener<SimulatorSettings> {

  static final double HUMAN_ANSWER_RATE = 0.8;
  static final int RING_SECONDS_MIN = 1;
  static final int RING_SECONDS_MAX = 4;
  private static final String PREFIX = "followup.telephony.simulator.";

  private final Environment environment;

  DemoSimulatorDefaults(Environment environment) {
    this.environment = environment;
  }

  @Override
  public SimulatorSettings onCreated(BeanCreatedEvent<SimulatorSettings> event) {
    SimulatorSettings set = event.getBean();
    return new SimulatorSettings(
        or("human-answer-rate", set.humanAnswerRate(), HUMAN_ANSWER_RATE),
        or("machine-rate", set.machineRate(), 0.08),
        or("busy-rate", set.busyRate(), 0.04),
        or("ring-seconds-min", set.ringSecondsMin(), RING_SECONDS_MIN),
        or("ring-seconds-max", set.ringSecondsMax(), RING_SECONDS_MAX),
        or("no-answer-seconds", set.noAnswerSeconds(), 6),
        set.holdSeconds(),
        or("message-seconds", set.messageSeconds(), 5),
        or("seed", set.seed(), 20_261_119L),
        set.speed());
  }

  private <T> T or(String property, T configured, T demo) {
    return environment.containsProperty(PREFIX + property) ? configured : demo;
  }
}
